import ANTQCore

/// The admin's form for one user: a new one (account, full name, rank, role, a clerk's
/// communes, reading identities, a password for a shared machine account) or an existing
/// one (the same but the account, plus disabling and a new password). The password is typed
/// twice, masked, and hashed only when the form is saved.
enum UserForm {
  static func make(_ context: AppContext, editing: User?) -> Form {
    let catalog = context.catalog
    let communes = PickList(
      options: context.data.communes.map { FieldOption(id: $0.id, title: $0.name) },
      multiple: true)
    func choice(_ id: String, _ label: String, _ options: [(String, String)], _ chosen: String)
      -> FormField
    {
      let list = options.map { FieldOption(id: $0.0, title: catalog[$0.1]) }
      var field = FormField(id, label: label, kind: .choice(list), hint: "form.hint.choice")
      field.choice = list.firstIndex { $0.id == chosen } ?? 0
      return field
    }
    var account = FormField(
      "account", label: "users.form.account", kind: .text(limit: 32), text: editing?.id ?? "",
      required: true, hint: "users.form.hint.account")
    account.hidden = editing != nil
    var fields = [
      account,
      FormField(
        "fullName", label: "users.form.fullName", kind: .text(limit: 200),
        text: editing?.fullName ?? "", required: true, hint: "form.hint.text"),
      FormField(
        "rank", label: "users.form.rank", kind: .text(limit: 200), text: editing?.rank ?? "",
        hint: "form.hint.text"),
      choice(
        "role", "users.form.role", Role.allCases.map { ($0.rawValue, "role.\($0.rawValue)") },
        editing?.role.rawValue ?? Role.clerk.rawValue),
    ]
    var communeField = FormField(
      "communes", label: "users.form.communes", kind: .pick(communes),
      text: (editing?.communeIDs ?? []).map { context.data.communeName($0) }
        .joined(separator: ", "), hint: "users.form.hint.communes")
    communeField.hidden = (editing?.role ?? .clerk) != .clerk
    fields.append(communeField)
    fields.append(
      choice(
        "reader", "users.form.reader", [("no", "sup.flag.no"), ("yes", "sup.flag.yes")],
        editing?.readsIdentities == true ? "yes" : "no"))
    if let editing {
      fields.append(
        choice(
          "state", "users.form.state",
          [("active", "users.form.active"), ("disabled", "users.disabled")],
          editing.isDisabled ? "disabled" : "active"))
    }
    for id in ["password", "again"] {
      var field = FormField(
        id, label: "users.form.\(id)", kind: .text(limit: 200),
        hint: editing == nil ? "users.form.hint.password" : "users.form.hint.newPassword")
      field.secret = true
      fields.append(field)
    }
    let title =
      editing.map { catalog.format("users.form.edit", $0.id) } ?? catalog["users.form.new"]
    var form = Form(title: title, fields: fields) { form, context in
      build(form, context: context, editing: editing)
    }
    form.onLeave = { form, field, _ in
      if field == "role" { form["communes"].hidden = form["role"].chosen?.id != "clerk" }
    }
    form.finish = { change, form, context in hashPassword(change, form, context) }
    return form
  }

  static func build(_ form: Form, context: AppContext, editing: User?) -> FormDraft {
    var reader = FieldReader()
    let role = Role(rawValue: form["role"].chosen?.id ?? "") ?? .clerk
    let communes =
      role == .clerk ? (reader.read(form["communes"].picked) ?? []).map(\.id) : []
    let readsIdentities = form["reader"].chosen?.id == "yes"
    var user: User
    if let editing {
      user = UserRegister.setting(
        role: role, communeIDs: communes, reader: readsIdentities, on: editing)
      user.fullName = form["fullName"].stored
      user.rank = form["rank"].stored
      user = UserRegister.setting(
        disabled: form["state"].chosen?.id == "disabled", at: context.now, on: user)
      reader.issues += context.validator.check(user)
    } else {
      user = User(
        id: form["account"].stored, fullName: form["fullName"].stored,
        rank: form["rank"].stored, role: role, communeIDs: communes,
        readsIdentities: readsIdentities)
      reader.issues += UserRegister.add(user, to: context.data, today: context.today)
    }
    let password = form["password"].text
    if !password.isEmpty || !form["again"].text.isEmpty,
      let problem = UserRegister.passwordProblem(password, again: form["again"].text)
    {
      let field = problem == "users.passwordsDiffer" ? "again" : "password"
      reader.issues.append(ValidationIssue(field: field, key: problem))
    }
    let names = ["id": "account", "communeIDs": "communes"]
    let issues = reader.issues.map { issue in
      var issue = issue
      issue.field = names[issue.field] ?? issue.field
      return issue
    }
    return FormDraft(change: issues.isEmpty ? .upsert(Record(user)) : nil, issues: issues)
  }

  /// On save only (hashing takes a moment): the typed password as the record keeps it.
  static func hashPassword(_ change: Change, _ form: Form, _ context: AppContext) -> FormDraft {
    let password = form["password"].text
    guard !password.isEmpty, case .upsert(let record) = change, let user = record.as(User.self)
    else { return FormDraft(change: change, issues: []) }
    guard let passwords = context.passwords else {
      return .failed([ValidationIssue(field: "password", key: "users.form.noPasswords")])
    }
    do {
      return FormDraft(
        change: .upsert(Record(try passwords.setting(password, on: user))), issues: [])
    } catch {
      return .failed(
        [ValidationIssue(field: "password", key: "users.form.hashFailed", arguments: ["\(error)"])]
      )
    }
  }
}
