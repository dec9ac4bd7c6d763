import ANTQCore

/// The models register's forms: a model type, a site in a commune, the year's appraisal of
/// a site; and exemplar recognition, which only asks for a yes.
enum ModelForms {
  static func type(editing: ModelType?, context: AppContext) -> Form {
    let catalog = context.catalog
    let data = context.data
    let id =
      editing?.id
      ?? RecordIDs.next("M", year: context.today.year, existing: data.modelTypes.lazy.map(\.id))
    let fields = [
      FormField(
        "name", label: "sup.form.modelName", kind: .text(limit: 200), text: editing?.name ?? "",
        required: true, hint: "form.hint.text"),
      FormField(
        "summary", label: "sup.form.modelSummary", kind: .notes(limit: 1000, lines: 3),
        text: editing?.summary ?? "", hint: "form.hint.notes"),
      SuperviseForm.choice(
        "mainKind", label: "sup.form.mainKind",
        options: FormOptions.cases(
          ModelType.MainKind.self, prefix: "sup.mainKind.", catalog: catalog),
        selected: editing?.mainKind?.rawValue),
    ]
    let validator = context.validator
    return Form(
      title: catalog[editing == nil ? "sup.form.newModel" : "sup.form.editModel"], fields: fields
    ) { form, _ in
      let type = ModelType(
        id: id, name: form["name"].stored, summary: form["summary"].stored,
        mainKind: ModelType.MainKind(rawValue: form["mainKind"].chosen?.id ?? ""))
      return SuperviseForm.draft(.upsert(.modelType(type)), validator.check(type))
    }
  }

  static let siteFields = [
    "modelTypeID": "type", "communeID": "commune", "residentialAreaID": "area",
  ]

  static func site(editing: ModelSite?, typeID: String, context: AppContext) -> Form {
    let catalog = context.catalog
    let data = context.data
    let types = PickList(options: data.modelTypes.map { FieldOption(id: $0.id, title: $0.name) })
    let communes = FormOptions.communes(data)
    let communeID = editing?.communeID
    let areas = FormOptions.areas(data, commune: communeID, multiple: false)
    let id =
      editing?.id
      ?? RecordIDs.next("D", year: context.today.year, existing: data.modelSites.lazy.map(\.id))
    let fields = [
      FormField(
        "type", label: "sup.form.modelType", kind: .pick(types),
        text: FormOptions.name(of: editing?.modelTypeID ?? typeID, in: types), required: true,
        hint: "form.hint.pick"),
      FormField(
        "commune", label: "form.field.commune", kind: .pick(communes),
        text: FormOptions.name(of: communeID, in: communes), required: true,
        hint: "form.hint.pick"),
      FormField(
        "area", label: "form.field.area", kind: .pick(areas),
        text: FormOptions.name(of: editing?.residentialAreaID, in: areas), hint: "form.hint.pick"),
      FormField(
        "name", label: "sup.form.siteName", kind: .text(limit: 200), text: editing?.name ?? "",
        required: true, hint: "form.hint.text"),
      FormField(
        "startYear", label: "sup.form.startYear", kind: .count,
        text: String(editing?.startYear ?? context.year), required: true,
        hint: "form.hint.count"),
      FormField(
        "retiredYear", label: "sup.form.retiredYear", kind: .text(limit: 4),
        text: editing?.retiredYear.map(String.init) ?? "", hint: "sup.hint.optionalYear"),
      FormField(
        "cameras", label: "sup.form.cameras", kind: .text(limit: 6),
        text: editing?.cameras.map(String.init) ?? "", hint: "sup.hint.optionalCount"),
      FormField(
        "groups", label: "sup.form.groups", kind: .text(limit: 6),
        text: editing?.groups.map(String.init) ?? "", hint: "sup.hint.optionalCount"),
      FormField(
        "respected", label: "sup.form.respected", kind: .text(limit: 300),
        text: (editing?.respectedPersons ?? []).joined(separator: "; "),
        hint: "sup.hint.respected"),
    ]
    var form = Form(
      title: catalog[editing == nil ? "sup.form.newSite" : "sup.form.editSite"], fields: fields
    ) { form, context in
      var reader = FieldReader()
      let type = reader.read(form["type"].picked)?.first
      let commune = reader.read(form["commune"].picked)?.first
      let area = reader.read(form["area"].picked)?.first
      let start = reader.read(form["startYear"].count)
      let retiredText = form["retiredYear"].text.trimmed
      var retired: Int?
      if !retiredText.isEmpty {
        retired = reader.read(FieldRules.parseCount(retiredText, field: "retiredYear"))
      }
      let cameras = reader.optionalCount(form["cameras"])
      let groups = reader.optionalCount(form["groups"])
      guard let type, let commune, let start, let cameras, let groups else {
        return .failed(reader.issues)
      }
      let respected = form["respected"].stored.split(separator: ";").map {
        String($0).storageForm
      }.filter { !$0.isEmpty }
      var site = ModelSite(
        id: id, modelTypeID: type.id, communeID: commune.id, residentialAreaID: area?.id,
        name: form["name"].stored, startYear: start, retiredYear: retired,
        institutionID: editing?.institutionID, provincialUnit: editing?.provincialUnit,
        cameras: cameras, groups: groups, respectedPersons: respected.isEmpty ? nil : respected)
      if site.communeID != editing?.communeID { site.institutionID = nil }
      let issues = context.validator.check(site)
      return SuperviseForm.draft(
        .upsert(.site(site)), reader.issues + SuperviseForm.rename(issues, siteFields))
    }
    form.onLeave = { form, field, context in
      guard field == "commune" else { return }
      form.offerAreasOfPickedCommune(in: "area", context.data, multiple: false)
    }
    return form
  }

  /// The year's appraisal of a site: effective, not effective or propose to retire.
  static func appraisal(of site: ModelSite, context: AppContext) -> ScreenOutcome {
    let catalog = context.catalog
    let data = context.data
    let year = context.year
    let existing = data.appraisals.first { $0.siteID == site.id && $0.year == year }
    let id =
      existing?.id ?? RecordIDs.next("T", year: year, existing: data.appraisals.lazy.map(\.id))
    let results = ModelAppraisal.Result.allCases.map {
      FieldOption(id: $0.rawValue, title: catalog["sup.appraisal.\($0.rawValue)"])
    }
    let fields = [
      SuperviseForm.choice(
        "result", label: "sup.form.appraisal", options: results,
        selected: existing?.result.rawValue),
      FormField(
        "decisionNumber", label: "sup.form.decisionNumber", kind: .text(limit: 60),
        text: existing?.decisionNumber ?? "", required: true, hint: "sup.hint.decisionNumber"),
    ]
    let validator = context.validator
    let form = Form(title: catalog.format("sup.form.appraise", year, site.name), fields: fields) {
      form, _ in
      let result = ModelAppraisal.Result(rawValue: form["result"].chosen?.id ?? "") ?? .effective
      let appraisal = ModelAppraisal(
        id: id, siteID: site.id, year: year, result: result,
        decisionNumber: form["decisionNumber"].stored)
      return SuperviseForm.draft(
        .upsert(.appraisal(appraisal)),
        SuperviseForm.rename(validator.check(appraisal), ["siteID": "result", "year": "result"]))
    }
    return .openForm(form)
  }

  /// Recognises the site as an advanced exemplar from the year on (asks first).
  static func exemplar(of site: ModelSite, context: AppContext) -> ScreenOutcome {
    let data = context.data
    let catalog = context.catalog
    if data.exemplars.contains(where: { $0.siteID == site.id && $0.holds(in: context.year) }) {
      return .message(catalog.format("sup.exemplar.already", site.name, context.year))
    }
    let exemplar = Exemplar(
      id: RecordIDs.next("E", year: context.year, existing: data.exemplars.lazy.map(\.id)),
      siteID: site.id, name: site.name, year: context.year, holder: .group)
    let issues = context.validator.check(exemplar)
    if let issue = issues.first { return .message(issue.message(catalog)) }
    return .confirm(
      question: catalog.format("sup.exemplar.question", site.name, context.year),
      change: .upsert(.exemplar(exemplar)))
  }
}
