import ANTQCore

/// Tin báo: the year's tips, newest first, with their handling stage and what is overdue.
/// The informant's details never appear in the list.
enum TipsScreen {
  struct Row {
    let tip: Tip
    let commune: String
    let overdue: Bool
  }

  static func make() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      ListColumn(
        "col.received", width: 16,
        text: { row, _ in "\(row.tip.receivedAt.day.dayMonthYear) \(row.tip.receivedAt.timeText)" },
        order: { $0.tip.receivedAt < $1.tip.receivedAt }),
      .text("col.commune", width: 14, flexible: true) { $0.commune },
      .text("col.topic", width: 28, flexible: true) { $0.tip.topic },
      ListColumn(
        "col.urgency", width: 9,
        text: { row, context in context.catalog["urgency.\(row.tip.urgency.rawValue)"] },
        order: { rank($0.tip.urgency) < rank($1.tip.urgency) },
        style: { $0.tip.urgency == .normal ? nil : .warning }),
      ListColumn(
        "col.stage", width: 16,
        text: { row, context in context.catalog["stage.\(row.tip.stage.rawValue)"] },
        order: { $0.tip.stage.rawValue < $1.tip.stage.rawValue }),
      ListColumn(
        "col.overdue", width: 11,
        text: { row, context in row.overdue ? context.catalog["overdue.decision"] : "" },
        order: { !$0.overdue && $1.overdue }, style: { $0.overdue ? .bad : nil }),
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, context in
      [
        row.commune, row.tip.topic, row.tip.summary,
        context.catalog["stage.\(row.tip.stage.rawValue)"],
      ]
      .joined(separator: " ")
    }
    return ListScreen(list: list, rows: rows)
  }

  static func rows(_ context: AppContext) -> [Row] {
    let names = CommuneNames(context.data)
    let asOf = context.asOf
    return context.data.tips.filter { $0.day.year == context.year }.map {
      Row(tip: $0, commune: names[$0.communeID], overdue: $0.isOverdue(asOf: asOf))
    }
  }

  private static func rank(_ urgency: Tip.Urgency) -> Int {
    Tip.Urgency.allCases.firstIndex(of: urgency) ?? 0
  }
}
