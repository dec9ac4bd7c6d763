import ANTQCore

/// Mô hình: the model types with their sites, exemplars and appraisals in the year (Enter
/// opens a type's sites), or — `v` — every site in the province, filtered by type, commune
/// or name as you type.
enum ModelsScreen {
  struct Row {
    let type: ModelType
    let sites: Int
    let communes: Int
    let exemplars: Int
    let appraised: Int
    let effective: Int
  }

  static func make() -> TwoViews {
    TwoViews(types(), allSites())
  }

  static func types() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      .text("col.name", width: 40, flexible: true) { $0.type.name },
      .count("col.sites", width: 8) { $0.sites },
      ListColumn<Row>.count("col.communes", width: 10) { $0.communes }.priority(3),
      .count("col.exemplars", width: 10) { $0.exemplars },
      ListColumn(
        "sup.col.effective", width: 13, alignment: .right,
        text: { row, context in
          CommunesScreen.shareText(Share(row.effective, row.appraised), context)
        }, sortKey: .number { $0.effective }),
    ]
    let list = RecordList(columns: columns, sortedBy: 1, ascending: false) { row, _ in
      row.type.name + " " + row.type.summary
    }
    return ListScreen(
      list: list, rows: rows, page: { row, context in typePage(row.type, context: context) },
      editor: ListEditor(
        new: { context in ModelForms.type(editing: nil, context: context) },
        edit: { row, context in ModelForms.type(editing: row.type, context: context) },
        kind: .modelType, subject: { Record($0.type) }))
  }

  static func allSites() -> ListScreen<SiteRow> {
    let list = RecordList(
      columns: ModelsColumns.siteColumns(showCommune: true), sortedBy: 0, ascending: true
    ) { row, _ in ModelsColumns.searchText(row) }
    return ListScreen(
      list: list,
      rows: {
        ModelsColumns.rows(
          CommuneProfile.siteLines($0.data, sites: $0.data.modelSites, year: $0.year), $0.data)
      }, editor: ModelsColumns.siteActions(newSite: nil)
    ).scoped { $0.site.communeID }
  }

  /// A model type's page: what it is, its figures, and its sites (new site with `n`).
  static func typePage(_ type: ModelType, context: AppContext) -> SectionsPage {
    let list = RecordList(
      columns: ModelsColumns.siteColumns(showCommune: true).filter {
        $0.titleKey != "sup.col.modelType"
      },
      sortedBy: 1, ascending: true
    ) { row, _ in ModelsColumns.searchText(row) }
    let sites = ListScreen(
      list: list,
      rows: { context in
        ModelsColumns.rows(
          CommuneProfile.siteLines(
            context.data, sites: context.data.modelSites.filter { $0.modelTypeID == type.id },
            year: context.year), context.data)
      }, editor: ModelsColumns.siteActions(newSite: type.id)
    ).scoped { $0.site.communeID }
    return SectionsPage(
      header: { context in
        let row = rows(context).first { $0.type.id == type.id }
        let name = context.data.modelTypes.first { $0.id == type.id } ?? type
        var lines: [SectionsPage.Line] = [(name.name, .title)]
        if !name.summary.isEmpty { lines.append((name.summary, .plain)) }
        if let row {
          let numbers = context.numbers
          lines.append(
            (
              context.catalog.format(
                "sup.page.modelFigures", context.year, numbers.integer(row.sites),
                numbers.integer(row.communes), numbers.integer(row.exemplars),
                Share(row.effective, row.appraised).text(numbers)), .plain
            ))
        }
        return lines
      }, sections: [.init(titleKey: "sup.page.sites", screen: sites)], context: context)
  }

  static func rows(_ context: AppContext) -> [Row] {
    let data = context.data
    let year = context.year
    var typeOfSite: [String: String] = [:]
    var sites: [String: Int] = [:]
    var communes: [String: Set<String>] = [:]
    for site in data.modelSites {
      typeOfSite[site.id] = site.modelTypeID
      guard site.runs(in: year) else { continue }
      sites[site.modelTypeID, default: 0] += 1
      communes[site.modelTypeID, default: []].insert(site.communeID)
    }
    var exemplars: [String: Int] = [:]
    for exemplar in data.exemplars where exemplar.holds(in: year) {
      if let type = typeOfSite[exemplar.siteID] { exemplars[type, default: 0] += 1 }
    }
    var appraised: [String: Int] = [:]
    var effective: [String: Int] = [:]
    for appraisal in data.appraisals where appraisal.year == year {
      guard let type = typeOfSite[appraisal.siteID] else { continue }
      appraised[type, default: 0] += 1
      if appraisal.result == .effective { effective[type, default: 0] += 1 }
    }
    return data.modelTypes.map { type in
      Row(
        type: type, sites: sites[type.id] ?? 0, communes: communes[type.id]?.count ?? 0,
        exemplars: exemplars[type.id] ?? 0, appraised: appraised[type.id] ?? 0,
        effective: effective[type.id] ?? 0)
    }
  }
}
