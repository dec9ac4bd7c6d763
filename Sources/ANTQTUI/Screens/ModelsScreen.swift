import ANTQCore

/// Mô hình: the model types with their sites, exemplars and appraisals in the year.
enum ModelsScreen {
  struct Row {
    let type: ModelType
    let sites: Int
    let communes: Int
    let exemplars: Int
    let appraised: Int
  }

  static func make() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      .text("col.name", width: 40, flexible: true) { $0.type.name },
      .count("col.sites", width: 8) { $0.sites },
      .count("col.communes", width: 10) { $0.communes },
      .count("col.exemplars", width: 10) { $0.exemplars },
      .count("col.appraised", width: 10) { $0.appraised },
    ]
    let list = RecordList(columns: columns, sortedBy: 1, ascending: false) { row, _ in
      row.type.name + " " + row.type.summary
    }
    return ListScreen(list: list, rows: rows)
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
    for appraisal in data.appraisals where appraisal.year == year && appraisal.result == .effective
    {
      if let type = typeOfSite[appraisal.siteID] { appraised[type, default: 0] += 1 }
    }
    return data.modelTypes.map { type in
      Row(
        type: type, sites: sites[type.id] ?? 0, communes: communes[type.id]?.count ?? 0,
        exemplars: exemplars[type.id] ?? 0, appraised: appraised[type.id] ?? 0)
    }
  }
}
