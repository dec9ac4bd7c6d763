import ANTQCore

/// The short forms of the other activity logs: outreach sessions, traffic-guidance
/// duties, incidents helped resolve, wanted persons arrested or surrendered. Each is a
/// date, a commune and one or two things of its own.
enum ActivityForm {
  /// The date and commune every activity starts with.
  static func head(_ context: AppContext, day: Day?, communeID: String?) -> [FormField] {
    let communes = FormOptions.communes(context.data)
    return [
      FormField(
        "day", label: "form.field.date", kind: .date,
        text: (day ?? context.today).dayMonthYear, required: true, hint: "form.hint.date"),
      FormField(
        "commune", label: "form.field.commune", kind: .pick(communes),
        text: FormOptions.name(of: communeID, in: communes), required: true,
        hint: "form.hint.pick"),
    ]
  }

  /// A form whose record is made by `record` from a day, a commune id and the fields.
  static func form(
    _ context: AppContext, titleKey: String, fields: [FormField], session: EntrySession,
    record: @escaping (Day, String, Form) -> Record
  ) -> Form {
    let validator = context.validator
    var form = Form(title: context.catalog[titleKey], fields: fields) { form, context in
      var issues: [ValidationIssue] = []
      let day = form["day"].day(today: context.today)
      let commune = form["commune"].picked
      for result in [day.failure, commune.failure] { if let result { issues.append(result) } }
      guard let day = day.value, let commune = commune.value?.first else {
        return .failed(issues)
      }
      let made = record(day, commune.id, form)
      issues = check(made, validator).map { issue in
        var issue = issue
        issue.field =
          ["communeID": "commune", "residentialAreaID": "area", "teamID": "team"][issue.field]
          ?? issue.field
        return issue
      }
      if issues.isEmpty { session.communeID = commune.id }
      return FormDraft(change: issues.isEmpty ? .upsert(made) : nil, issues: issues)
    }
    form.onLeave = { form, field, context in
      guard field == "commune" else { return }
      if form.fields.contains(where: { $0.id == "team" }) {
        form["team"].kind = .pick(
          FormOptions.teams(context.data, commune: form.pickedCommuneID, on: context.today))
      }
      guard form.fields.contains(where: { $0.id == "area" }) else { return }
      form.offerAreasOfPickedCommune(in: "area", context.data, multiple: false)
    }
    return form
  }

  static func check(_ record: Record, _ validator: Validator) -> [ValidationIssue] {
    record.value.issues(validator)
  }
}
