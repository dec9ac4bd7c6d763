import ANTQCore

/// A model site as the lists show it: its appraisal and exemplar status, and its commune.
struct SiteRow {
  let line: CommuneProfile.SiteLine
  let commune: String
  var site: ModelSite { line.site }
}

/// Columns and actions shared by every list of model sites (the models screen, a model
/// type's page, a commune's page).
enum ModelsColumns {
  static func siteColumns(showCommune: Bool) -> [ListColumn<SiteRow>] {
    var columns: [ListColumn<SiteRow>] = [
      ListColumn<SiteRow>.text("sup.col.modelType", width: 26, flexible: true) { $0.line.typeName }
        .priority(2),
      .text("sup.col.site", width: 26, flexible: true) { $0.site.name },
    ]
    if showCommune {
      columns.append(.text("col.commune", width: 16) { $0.commune })
    }
    columns += [
      ListColumn<SiteRow>.year("sup.col.since", width: 6) { $0.site.startYear }.priority(4),
      ListColumn(
        "sup.col.appraisal", width: 16,
        text: { row, context in
          context.catalog["sup.appraisal.\(row.line.appraisal?.rawValue ?? "none")"]
        },
        sortKey: .number { rank($0.line.appraisal) },
        style: { appraisalStyle($0.line.appraisal) }),
      ListColumn(
        "sup.col.exemplar", width: 9, alignment: .center,
        text: { row, context in row.line.exemplar ? context.catalog["sup.exemplar.yes"] : "" },
        sortKey: .number { $0.line.exemplar ? 1 : 0 }, style: { $0.line.exemplar ? .good : nil }
      ).priority(3),
    ]
    return columns
  }

  /// Text a sites filter searches: the site, its model type and its commune.
  static func searchText(_ row: SiteRow) -> String {
    row.site.name + " " + row.line.typeName + " " + row.commune
  }

  /// `a` records the year's appraisal, `r` recognises an exemplar, `e` edits the site.
  /// With `newSite`, `n` adds a site of that model type.
  static func siteActions(newSite typeID: String? = nil) -> ListEditor<SiteRow> {
    ListEditor(
      new: typeID.map { id in
        { context in ModelForms.site(editing: nil, typeID: id, context: context) }
      },
      edit: { row, context in
        ModelForms.site(editing: row.site, typeID: row.site.modelTypeID, context: context)
      },
      actions: [
        .assess: { row, context in ModelForms.appraisal(of: row.site, context: context) },
        .recognize: { row, context in ModelForms.exemplar(of: row.site, context: context) },
      ], kind: .site, subject: { Record($0.site) })
  }

  static func rows(_ lines: [CommuneProfile.SiteLine], _ data: ProvinceData) -> [SiteRow] {
    let names = CommuneNames(data)
    return lines.map { SiteRow(line: $0, commune: names[$0.site.communeID]) }
  }

  static func rank(_ result: ModelAppraisal.Result?) -> Int {
    switch result {
    case .effective: return 3
    case .notEffective: return 1
    case .proposeRetire: return 0
    case nil: return 2
    }
  }

  static func appraisalStyle(_ result: ModelAppraisal.Result?) -> Style? {
    switch result {
    case .effective: return .good
    case .notEffective, .proposeRetire: return .bad
    case nil: return .hint
    }
  }
}
