import ANTQCore

/// Yearly classification of a residential area, commune or institution: đạt / chưa đạt,
/// the decision number, its date and issuing body. The year's earlier decision on the same
/// subject is shown and replaced. For a commune the form shows, above the fields, its share
/// of units recognised and whether it runs an effective model (Circular 124/2021 art. 5);
/// marking it đạt when either fails is refused next to the result, saying which.
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
      FormField(
        "issuedBy", label: "sup.form.issuedBy", kind: .text(limit: 80),
        text: existing?.issuedBy ?? issuer(of: subject, context.data), required: true,
        hint: "sup.hint.issuedBy"),
    ]
    let title = catalog.format("sup.form.classify", year, name(of: subject, context.data))
    var form = Form(title: title, fields: fields) { form, context in
      var reader = FieldReader()
      let day = reader.read(form["decisionDate"].day(today: context.today))
      let result = SafetyAssessment.Result(rawValue: form["result"].chosen?.id ?? "") ?? .met
      guard let day else { return .failed(reader.issues) }
      var assessment = Classification.assessment(
        of: subject, year: year, result: result, decisionNumber: form["decisionNumber"].text,
        decisionDate: day, in: context.data)
      assessment.issuedBy = form["issuedBy"].text.storageForm
      let issues = SuperviseForm.rename(
        Classification.check(assessment, in: context.data, today: context.today),
        ["subject": "result", "year": "result"])
      return SuperviseForm.draft(.upsert(.assessment(assessment)), reader.issues + issues)
    }
    if subject.kind == .commune { form.banner = standing(subject.id, year: year, context) }
    return form
  }

  /// "Khu dân cư, cơ quan, trường đạt: 69/100 (69 %), cần từ 70 % · Mô hình hiệu quả: có".
  static func standing(_ communeID: String, year: Int, _ context: AppContext)
    -> (text: String, style: Style)?
  {
    guard let commune = context.data.communes.first(where: { $0.id == communeID }) else {
      return nil
    }
    let validator = context.validator
    let share = validator.unitShare(communeID, in: year)
    let failing = validator.communeConditions(commune, year: year)
    let model = !failing.contains { $0.key == "validation.assessment.noModelSite" }
    let text = context.catalog.format(
      "sup.form.communeStanding", share.numerator, share.denominator,
      share.percentText(context.numbers), Validator.requiredSharePercent,
      context.catalog[model ? "sup.form.modelYes" : "sup.form.modelNo"])
    return (text, failing.isEmpty ? .good : .warning)
  }

  /// Who usually decides: the province for a commune, the commune's chairman otherwise
  /// (Circular 124/2021 art. 10, Circular 48/2025).
  static func issuer(of subject: Subject, _ data: ProvinceData) -> String {
    let communeID: String?
    switch subject.kind {
    case .commune: return "UBND " + data.province.name
    case .residentialArea:
      communeID = data.residentialAreas.first { $0.id == subject.id }?.communeID
    case .institution: communeID = data.institutions.first { $0.id == subject.id }?.communeID
    }
    guard let commune = data.communes.first(where: { $0.id == communeID }) else { return "" }
    return "UBND " + commune.kind.label + " " + commune.name
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

extension Commune.Kind {
  /// "xã", "phường", "đặc khu", as a decision names its People's Committee.
  var label: String {
    switch self {
    case .xa: return "xã"
    case .phuong: return "phường"
    case .dacKhu: return "đặc khu"
    }
  }
}
