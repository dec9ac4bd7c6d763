import ANTQCore

/// The lists of a commune's page. Areas and institutions take their yearly
/// classification (`a`); the other sections are read here and edited on their screens.
enum CommuneSections {
  typealias AreaLine = CommuneProfile.AreaLine
  typealias InstitutionLine = CommuneProfile.InstitutionLine

  static func areas(communeID: String) -> ListScreen<AreaLine> {
    let list = RecordList(columns: areaColumns, sortedBy: 0, ascending: true) { row, _ in
      row.area.name + " " + row.teams.joined(separator: " ")
    }
    return ListScreen(
      list: list,
      rows: { CommuneProfile.areas($0.data, communeID: communeID, year: $0.year) },
      editor: ListEditor(actions: [
        .assess: { row, context in
          ClassifyAction.open(Subject(.residentialArea, row.area.id), context: context)
        }
      ]))
  }

  static var areaColumns: [ListColumn<AreaLine>] {
    [
      .text("col.name", width: 22, flexible: true) { $0.area.name },
      ListColumn(
        "col.kind", width: 11,
        text: { row, context in context.catalog["areaKind.\(row.area.kind.rawValue)"] },
        sortKey: .text { $0.area.kind.rawValue }
      ).priority(3),
      resultColumn { $0.decision },
      decisionColumn { $0.decision }.priority(4),
      ListColumn(
        "col.modelArea", width: 10, alignment: .center,
        text: { row, context in row.modelNewRural ? context.catalog["newRural.met"] : "—" },
        sortKey: .number { $0.modelNewRural ? 1 : 0 }
      ).priority(2),
      ListColumn<AreaLine>.text("col.team", width: 20, flexible: true) {
        $0.teams.joined(separator: ", ")
      }.priority(5),
    ]
  }

  static func institutions(communeID: String) -> ListScreen<InstitutionLine> {
    let list = RecordList(columns: institutionColumns, sortedBy: 1, ascending: true) {
      row, context in
      row.institution.name + " "
        + context.catalog["sup.institutionKind.\(row.institution.kind.rawValue)"]
    }
    return ListScreen(
      list: list,
      rows: { CommuneProfile.institutions($0.data, communeID: communeID, year: $0.year) },
      editor: ListEditor(actions: [
        .assess: { row, context in
          ClassifyAction.open(Subject(.institution, row.institution.id), context: context)
        }
      ]))
  }

  static var institutionColumns: [ListColumn<InstitutionLine>] {
    [
      .text("col.name", width: 30, flexible: true) { $0.institution.name },
      ListColumn(
        "col.kind", width: 14,
        text: { row, context in
          context.catalog["sup.institutionKind.\(row.institution.kind.rawValue)"]
        },
        sortKey: .text { $0.institution.kind.rawValue }),
      resultColumn { $0.decision },
      decisionColumn { $0.decision }.priority(4),
    ]
  }

  static func teams(communeID: String) -> ListScreen<CommuneProfile.TeamLine> {
    let columns: [ListColumn<CommuneProfile.TeamLine>] = [
      .text("col.name", width: 26, flexible: true) { $0.team.name },
      ListColumn<CommuneProfile.TeamLine>.count("col.areas", width: 5) {
        $0.team.residentialAreaIDs.count
      },
      .count("col.members", width: 7) { $0.members },
      .text("col.leader", width: 22, flexible: true) { $0.leader ?? "—" },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: true) { row, _ in
      row.team.name + " " + (row.leader ?? "")
    }
    return ListScreen(
      list: list, rows: { CommuneProfile.teams($0.data, communeID: communeID, year: $0.year) }
    ).scoped { $0.team.communeID }
  }

  static func sites(communeID: String) -> ListScreen<SiteRow> {
    let list = RecordList(
      columns: ModelsColumns.siteColumns(showCommune: false), sortedBy: 1, ascending: true
    ) { row, _ in ModelsColumns.searchText(row) }
    return ListScreen(
      list: list,
      rows: {
        ModelsColumns.rows(
          CommuneProfile.sites($0.data, communeID: communeID, year: $0.year), $0.data)
      },
      editor: ModelsColumns.siteActions()
    ).scoped { $0.site.communeID }
  }

  static func activity(communeID: String) -> ListScreen<CommuneProfile.ActivityLine> {
    let columns: [ListColumn<CommuneProfile.ActivityLine>] = [
      ListColumn(
        "col.date", width: 10, text: { row, _ in row.day.dayMonthYear },
        sortKey: .number { $0.day.year * 10_000 + $0.day.month * 100 + $0.day.day }),
      ListColumn(
        "sup.col.activity", width: 16,
        text: { row, context in context.catalog["sup.activity.\(row.kind.rawValue)"] },
        sortKey: .text { $0.kind.rawValue }),
      .text("sup.col.detail", width: 40, flexible: true) { $0.text },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, context in
      context.catalog["sup.activity.\(row.kind.rawValue)"] + " " + row.text
    }
    return ListScreen(
      list: list,
      rows: { CommuneProfile.activity($0.data, communeID: communeID, year: $0.year) }
    ).scoped { _ in communeID }
  }

  /// đạt / chưa đạt / chưa đánh giá, coloured.
  static func resultColumn<R>(_ decision: @escaping (R) -> SafetyAssessment?) -> ListColumn<R> {
    ListColumn(
      "col.safety", width: 13,
      text: { row, context in context.catalog["safety.\(status(decision(row)).rawValue)"] },
      sortKey: .number { CommunesScreen.rank(status(decision($0))) },
      style: { CommunesScreen.safetyStyle(status(decision($0))) })
  }

  /// "QĐ 12/QĐ-UBND · 15/11/2025".
  static func decisionColumn<R>(_ decision: @escaping (R) -> SafetyAssessment?) -> ListColumn<R> {
    ListColumn(
      "sup.col.decision", width: 24,
      text: { row, _ in
        decision(row).map { "\($0.decisionNumber) · \($0.decisionDate.dayMonthYear)" } ?? ""
      }, sortKey: .text { decision($0)?.decisionNumber ?? "" })
  }

  static func status(_ decision: SafetyAssessment?) -> CommuneSummary.SafetyStatus {
    switch decision?.result {
    case .met: return .met
    case .notMet: return .notMet
    case nil: return .notAssessed
    }
  }
}
