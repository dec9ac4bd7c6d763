import ANTQCore

/// Xã, phường: every commune-level unit with its figures for the selected year. Shares are
/// numerator/denominator; on a narrow screen the least important columns give way.
enum CommunesScreen {
  /// One commune's row: its summary plus the agencies / schools split of its institutions.
  struct Row {
    let summary: CommuneSummary
    let agencies: Share
    let schools: Share
  }

  static func make() -> ListScreen<Row> {
    let list = RecordList(columns: columns, sortedBy: 0, ascending: true) { row, context in
      row.summary.name + " " + context.catalog["kind.\(row.summary.kind.rawValue)"]
    }
    return ListScreen(
      list: list, rows: rows,
      page: { row, context in CommunePage.make(row.summary, context: context) },
      editor: ListEditor(actions: [
        .assess: { row, context in
          ClassifyAction.open(Subject(.commune, row.summary.communeID), context: context)
        }
      ]))
  }

  static func rows(_ context: AppContext) -> [Row] {
    let shares = InstitutionShares.byCommune(context.data, year: context.year)
    return CommuneSummary.all(in: context.data, year: context.year, asOf: context.asOf).map {
      let split = shares[$0.communeID] ?? InstitutionShares()
      return Row(summary: $0, agencies: split.agencies, schools: split.schools)
    }
  }

  private static var columns: [ListColumn<Row>] {
    [
      .text("col.name", width: 22, flexible: true) { $0.summary.name },
      ListColumn(
        "col.kind", width: 7,
        text: { row, context in context.catalog["kind.\(row.summary.kind.rawValue)"] },
        sortKey: .text { $0.summary.kind.rawValue }
      ).priority(4),
      ListColumn(
        "col.safety", width: 13,
        text: { row, context in context.catalog["safety.\(row.summary.safety.rawValue)"] },
        sortKey: .number { rank($0.summary.safety) }, style: { safetyStyle($0.summary.safety) }),
      share("col.areasSafe", width: 8) { $0.summary.residentialAreas },
      share("sup.col.agenciesSafe", width: 9) { $0.agencies }.priority(2),
      share("sup.col.schoolsSafe", width: 10) { $0.schools }.priority(2),
      ListColumn(
        "col.newRural", width: 5, alignment: .center,
        text: { row, context in context.catalog["newRural.\(row.summary.newRural.rawValue)"] },
        sortKey: .text { $0.summary.newRural.rawValue }
      ).priority(3),
      ListColumn<Row>.count("col.teams", width: 5) { $0.summary.teams }.priority(5),
      ListColumn<Row>.count("col.members", width: 7) { $0.summary.members }.priority(5),
      ListColumn<Row>.count("sup.col.models", width: 7) { $0.summary.modelSites }.priority(6),
      ListColumn<Row>.count("col.patrols", width: 8) { $0.summary.patrols }.priority(7),
      ListColumn<Row>.count("col.tips", width: 7) { $0.summary.tips }.priority(6),
      ListColumn<Row>.count("sup.col.tipsOpen", width: 6) { $0.summary.tipsOpen }.priority(8),
      ListColumn<Row>.count(
        "sup.col.tipsOverdue", width: 7, style: { $0.summary.tipsOverdue > 0 ? .bad : nil }
      ) { $0.summary.tipsOverdue }.priority(3),
      ListColumn<Row>.count(
        "sup.col.tipsLate", width: 7,
        style: { $0.summary.tipsForwardedLate > 0 ? .warning : nil }
      ) { $0.summary.tipsForwardedLate }.priority(9),
      ListColumn<Row>.count("sup.col.incidents", width: 9) { $0.summary.incidents }.priority(7),
    ]
  }

  /// "97/101", sorted by its percentage (0 of 0 first).
  static func share<R>(_ titleKey: String, width: Int, _ value: @escaping (R) -> Share)
    -> ListColumn<R>
  {
    ListColumn(
      titleKey, width: width, alignment: .right,
      text: { row, context in shareText(value(row), context) },
      sortKey: .number { value($0).hundredthsOfPercent ?? -1 })
  }

  static func shareText(_ share: Share, _ context: AppContext) -> String {
    "\(context.numbers.integer(share.numerator))/\(context.numbers.integer(share.denominator))"
  }

  static func safetyStyle(_ status: CommuneSummary.SafetyStatus) -> Style? {
    switch status {
    case .met: return .good
    case .notMet: return .bad
    case .notAssessed: return .hint
    }
  }

  static func rank(_ status: CommuneSummary.SafetyStatus) -> Int {
    switch status {
    case .notMet: return 0
    case .notAssessed: return 1
    case .met: return 2
    }
  }
}
