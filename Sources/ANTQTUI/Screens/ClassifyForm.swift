import ANTQCore

/// Yearly classification of a residential area, commune or institution: đạt / chưa đạt,
/// the decision number and its date. The year's earlier decision on the same subject is
/// shown and replaced. Marking a commune đạt with no model running that year is refused
/// by the domain validator, and the form says so next to the result.
enum ClassifyAction {
  static func open(_ subject: Subject, context: AppContext) -> ScreenOutcome {
    .openForm(ClassifyForm.make(subject, context: context))
  }
}

enum ClassifyForm {
  static func make(_ subject: Subject, context: AppContext) -> Form {
    let catalog = context.catalog
    let year = context.year
    let existing = YearResults(context.data, year: year)[subject]
    let results = SafetyAssessment.Result.allCases.map {
      FieldOption(id: $0.rawValue, title: catalog["safety.\($0.rawValue)"])
    }
    let fields = [
      SuperviseForm.choice(
        "result", label: "sup.form.result", options: results,
        selected: existing?.result.rawValue ?? SafetyAssessment.Result.met.rawValue),
      FormField(
        "decisionNumber", label: "sup.form.decisionNumber", kind: .text(limit: 60),
        text: existing?.decisionNumber ?? "", required: true, hint: "sup.hint.decisionNumber"),
      FormField(
        "decisionDate", label: "sup.form.decisionDate", kind: .date,
        text: (existing?.decisionDate ?? context.today).dayMonthYear, required: true,
        hint: "form.hint.date"),
    ]
    let title = catalog.format("sup.form.classify", year, name(of: subject, context.data))
    return Form(title: title, fields: fields) { form, context in
      var reader = FieldReader()
      let day = reader.read(form["decisionDate"].day(today: context.today))
      let result = SafetyAssessment.Result(rawValue: form["result"].chosen?.id ?? "") ?? .met
      guard let day else { return .failed(reader.issues) }
      let assessment = Classification.assessment(
        of: subject, year: year, result: result, decisionNumber: form["decisionNumber"].text,
        decisionDate: day, in: context.data)
      let issues = SuperviseForm.rename(
        Classification.check(assessment, in: context.data, today: context.today),
        ["subject": "result", "year": "result"])
      return SuperviseForm.draft(.upsert(.assessment(assessment)), reader.issues + issues)
    }
  }

  /// "Thôn Đình (Chí Đám)", "xã Chí Đám", "Trường THCS … (Chí Đám)".
  static func name(of subject: Subject, _ data: ProvinceData) -> String {
    let communes = CommuneNames(data)
    switch subject.kind {
    case .commune: return communes[subject.id]
    case .residentialArea:
      guard let area = data.residentialAreas.first(where: { $0.id == subject.id }) else {
        return subject.id
      }
      return "\(area.name) (\(communes[area.communeID]))"
    case .institution:
      guard let place = data.institutions.first(where: { $0.id == subject.id }) else {
        return subject.id
      }
      return "\(place.name) (\(communes[place.communeID]))"
    }
  }
}
