import ANTQCore

/// The teams register's forms: a team (its commune and the areas it covers) and a member.
/// Every refusal says why: one active leader per team, 18–70 at joining, one active team
/// per person (`Membership`).
enum TeamForms {
  static let teamFields = ["communeID": "commune", "residentialAreaIDs": "areas"]

  static func team(editing: Team?, context: AppContext) -> Form {
    let catalog = context.catalog
    let data = context.data
    let communes = FormOptions.communes(data)
    let areas = FormOptions.areas(data, commune: editing?.communeID, multiple: true)
    let id =
      editing?.id
      ?? RecordIDs.next("TO", year: context.today.year, existing: data.teams.lazy.map(\.id))
    let fields = [
      FormField(
        "name", label: "sup.form.teamName", kind: .text(limit: 120), text: editing?.name ?? "",
        required: true, hint: "form.hint.text"),
      FormField(
        "commune", label: "form.field.commune", kind: .pick(communes),
        text: FormOptions.name(of: editing?.communeID, in: communes), required: true,
        hint: "form.hint.pick"),
      FormField(
        "areas", label: "sup.form.teamAreas", kind: .pick(areas),
        text: (editing?.residentialAreaIDs ?? []).map { FormOptions.name(of: $0, in: areas) }
          .joined(separator: ", "), required: true, hint: "form.hint.pickMany"),
      FormField(
        "founded", label: "sup.form.founded", kind: .date,
        text: (editing?.founded ?? context.today).dayMonthYear, required: true,
        hint: "form.hint.date"),
      FormField(
        "dissolved", label: "sup.form.dissolved", kind: .text(limit: 12),
        text: editing?.dissolved?.dayMonthYear ?? "", hint: "sup.hint.optionalDate"),
      FormField(
        "decisionNumber", label: "sup.form.teamDecision", kind: .text(limit: 60),
        text: editing?.decisionNumber ?? "", hint: "sup.hint.teamDecision"),
    ]
    var form = Form(
      title: catalog[editing == nil ? "sup.form.newTeam" : "sup.form.editTeam"], fields: fields
    ) { form, context in
      var reader = FieldReader()
      let commune = reader.read(form["commune"].picked)?.first
      let areas = reader.read(form["areas"].picked) ?? []
      let founded = reader.read(form["founded"].day(today: context.today))
      let dissolved = reader.optionalDay(form["dissolved"], today: context.today)
      guard let commune, let founded, let dissolved else { return .failed(reader.issues) }
      let team = Team(
        id: id, communeID: commune.id, name: form["name"].stored,
        residentialAreaIDs: areas.map(\.id), founded: founded, dissolved: dissolved,
        decisionNumber: form["decisionNumber"].stored.nilIfEmpty)
      let issues = context.validator.check(team)
      return SuperviseForm.draft(
        .upsert(.team(team)), reader.issues + SuperviseForm.rename(issues, teamFields))
    }
    form.onLeave = { form, field, context in
      guard field == "commune" else { return }
      form.offerAreasOfPickedCommune(in: "areas", context.data, multiple: true)
    }
    return form
  }

  static func member(editing: Member?, teamID: String, context: AppContext) -> Form {
    let catalog = context.catalog
    let data = context.data
    let id =
      editing?.id
      ?? RecordIDs.next("TV", year: context.today.year, existing: data.members.lazy.map(\.id))
    let teamName = data.teams.first { $0.id == teamID }?.name ?? teamID
    let fields = [
      FormField(
        "fullName", label: "sup.form.fullName", kind: .text(limit: 120),
        text: editing?.fullName ?? "", required: true, hint: "form.hint.text"),
      FormField(
        "birthDate", label: "sup.form.birthDate", kind: .text(limit: 12),
        text: editing.map { $0.birthDate?.dayMonthYear ?? String($0.birthYear) } ?? "",
        required: true, hint: "sup.hint.birthDate"),
      SuperviseForm.choice(
        "gender", label: "sup.form.gender",
        options: FormOptions.cases(Member.Gender.self, prefix: "sup.gender.", catalog: catalog),
        selected: editing?.gender.rawValue),
      SuperviseForm.choice(
        "role", label: "sup.form.role",
        options: FormOptions.cases(Member.Role.self, prefix: "sup.role.", catalog: catalog),
        selected: editing?.role.rawValue ?? Member.Role.member.rawValue),
      FormField(
        "joined", label: "sup.form.joined", kind: .date,
        text: (editing?.joined ?? context.today).dayMonthYear, required: true,
        hint: "form.hint.date"),
      SuperviseForm.yesNo(
        "uniformIssued", label: "sup.form.uniform", value: editing?.uniformIssued ?? true,
        catalog: catalog),
      SuperviseForm.yesNo(
        "paidAllowance", label: "sup.form.allowance", value: editing?.paidAllowance ?? true,
        catalog: catalog),
      FormField(
        "left", label: "sup.form.left", kind: .text(limit: 12),
        text: editing?.left?.dayMonthYear ?? "", hint: "sup.hint.left"),
      FormField(
        "admissionDecision", label: "sup.form.admissionDecision", kind: .text(limit: 60),
        text: editing?.admissionDecision ?? "", hint: "sup.hint.admissionDecision"),
      FormField(
        "over70Decision", label: "sup.form.over70Decision", kind: .text(limit: 60),
        text: editing?.over70Decision ?? "", hint: "sup.hint.over70Decision"),
      FormField(
        "uniformIssuedOn", label: "sup.form.uniformIssuedOn", kind: .text(limit: 12),
        text: editing?.uniformIssuedOn?.dayMonthYear ?? "", hint: "sup.hint.optionalDate"),
      FormField(
        "monthlyAllowance", label: "sup.form.monthlyAllowance", kind: .text(limit: 12),
        text: editing?.monthlyAllowance.map(String.init) ?? "", hint: "sup.hint.monthlyAllowance"),
    ]
    return Form(
      title: catalog.format(
        editing == nil ? "sup.form.newMember" : "sup.form.editMember", teamName),
      fields: fields
    ) { form, context in
      var reader = FieldReader()
      let birth = reader.read(
        birthDate(form["birthDate"].text, yearAlone: editing.map { $0.birthDate == nil } ?? false))
      let joined = reader.read(form["joined"].day(today: context.today))
      let left = reader.optionalDay(form["left"], today: context.today)
      let uniformDay = reader.optionalDay(form["uniformIssuedOn"], today: context.today)
      let allowance = reader.optionalCount(form["monthlyAllowance"])
      guard let birth, let joined, let left, let uniformDay, let allowance else {
        return .failed(reader.issues)
      }
      let uniformIssued = form["uniformIssued"].chosen?.id == "yes"
      let paid = form["paidAllowance"].chosen?.id == "yes"
      let member = Member(
        id: id, teamID: teamID, fullName: form["fullName"].stored, birthYear: birth.year,
        gender: Member.Gender(rawValue: form["gender"].chosen?.id ?? "") ?? .male,
        role: Member.Role(rawValue: form["role"].chosen?.id ?? "") ?? .member, joined: joined,
        left: left, uniformIssued: uniformIssued, paidAllowance: paid, birthDate: birth.date,
        admissionDecision: form["admissionDecision"].stored.nilIfEmpty,
        over70Decision: form["over70Decision"].stored.nilIfEmpty,
        uniformIssuedOn: uniformIssued ? uniformDay : nil, monthlyAllowance: paid ? allowance : nil)
      return SuperviseForm.draft(
        .upsert(.member(member)),
        reader.issues
          + SuperviseForm.rename(
            Membership.check(member, in: context.data, today: context.today),
            ["birthYear": "birthDate"]))
    }
  }

  /// A full birth date (Law 30/2023 art. 13 counts age from it); the year alone only when
  /// editing a record saved with the year alone.
  static func birthDate(_ text: String, yearAlone: Bool) -> Result<
    (year: Int, date: Day?), ValidationIssue
  > {
    let typed = text.trimmed
    if yearAlone, typed.count == 4, let year = Int(typed) { return .success((year, nil)) }
    let parts = typed.split(whereSeparator: { "/-.".contains($0) })
    guard parts.count == 3, parts[2].count == 4, let day = Int(parts[0]), let month = Int(parts[1]),
      let year = Int(parts[2]), let date = Day(year: year, month: month, day: day)
    else {
      return .failure(
        ValidationIssue(field: "birthDate", key: "validation.member.birthDateRequired"))
    }
    return .success((year, date))
  }
}
