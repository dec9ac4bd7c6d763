import ANTQCore

/// Xã, phường: every commune-level unit with its figures for the selected year.
enum CommunesScreen {
  static func make() -> ListScreen<CommuneSummary> {
    let columns: [ListColumn<CommuneSummary>] = [
      .text("col.name", width: 22, flexible: true) { $0.name },
      ListColumn(
        "col.kind", width: 7,
        text: { row, context in context.catalog["kind.\(row.kind.rawValue)"] },
        order: { $0.kind.rawValue < $1.kind.rawValue }),
      ListColumn(
        "col.safety", width: 13,
        text: { row, context in context.catalog["safety.\(row.safety.rawValue)"] },
        order: { rank($0.safety) < rank($1.safety) }, style: { safetyStyle($0.safety) }),
      ListColumn(
        "col.areasSafe", width: 11, alignment: .right,
        text: { row, context in shareText(row.residentialAreas, context) },
        order: {
          ($0.residentialAreas.hundredthsOfPercent ?? -1)
            < ($1.residentialAreas.hundredthsOfPercent ?? -1)
        }),
      ListColumn(
        "col.newRural", width: 5, alignment: .center,
        text: { row, context in context.catalog["newRural.\(row.newRural.rawValue)"] },
        order: { $0.newRural.rawValue < $1.newRural.rawValue }),
      .count("col.teams", width: 5) { $0.teams },
      .count("col.members", width: 7) { $0.members },
      .count("col.patrols", width: 8) { $0.patrols },
      .count("col.tips", width: 7) { $0.tips },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: true) { row, context in
      row.name + " " + context.catalog["kind.\(row.kind.rawValue)"]
    }
    return ListScreen(
      list: list, rows: { CommuneSummary.all(in: $0.data, year: $0.year, asOf: $0.asOf) },
      page: { row, context in CommunePage.make(row, context: context) })
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

  private static func rank(_ status: CommuneSummary.SafetyStatus) -> Int {
    switch status {
    case .notMet: return 0
    case .notAssessed: return 1
    case .met: return 2
    }
  }
}
