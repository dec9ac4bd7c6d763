import ANTQCore

/// Tin báo: the year's tips, newest first, with their handling stage and what is overdue.
/// The informant's details never appear in the list.
enum TipsScreen {
  struct Row {
    let tip: Tip
    let commune: String
    let overdue: TipDeadline?
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
        text: { row, context in row.overdue.map { context.catalog[$0.labelKey] } ?? "" },
        order: { rank($0.overdue) < rank($1.overdue) },
        style: { row in
          row.overdue == nil ? nil : row.overdue == .lateForward ? .warning : .bad
        }),
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, context in
      [
        row.commune, row.tip.topic, row.tip.summary,
        context.catalog["stage.\(row.tip.stage.rawValue)"],
      ]
      .joined(separator: " ")
    }
    return ListScreen(
      list: list, rows: rows, page: { row, context in TipPage.make(row.tip, context: context) },
      editor: editor(EntrySession())
    ).scoped { $0.tip.communeID }.offeringOnPage([.revealIdentity])
  }

  /// `n` intake, `e` edit and move along the handling, `d` delete after a question.
  static func editor(_ session: EntrySession) -> ListEditor<Row> {
    ListEditor(
      new: { context in
        let newest = context.data.tips.max { $0.receivedAt < $1.receivedAt }?.communeID
        return TipForm.make(context, session: session, newestCommune: newest)
      },
      edit: { row, context in TipForm.make(context, session: session, editing: row.tip) },
      delete: { row, context in
        let question = context.catalog.format(
          "form.tip.deleteQuestion", row.tip.receivedAt.day.dayMonthYear, row.tip.topic)
        return (question, .delete(.tip, id: row.tip.id))
      },
      actions: [
        .revealIdentity: { row, context in
          row.tip.sealedIdentity == nil
            ? .message(context.catalog["reveal.nothingSealed"]) : .reveal(tipID: row.tip.id)
        }
      ], kind: .tip, subject: { Record($0.tip) })
  }

  static func rows(_ context: AppContext) -> [Row] {
    let names = CommuneNames(context.data)
    let remote = Set(context.data.communes.filter(\.remote).map(\.id))
    let now = context.asOfMoment
    return context.data.tips.filter { $0.day.year == context.year }.map {
      Row(
        tip: $0, commune: names[$0.communeID],
        overdue: TipDeadline.of($0, remote: remote.contains($0.communeID), now: now))
    }
  }

  private static func rank(_ overdue: TipDeadline?) -> Int {
    switch overdue {
    case nil: return 0
    case .lateForward: return 1
    case .forward: return 2
    case .decision: return 3
    }
  }

  private static func rank(_ urgency: Tip.Urgency) -> Int {
    Tip.Urgency.allCases.firstIndex(of: urgency) ?? 0
  }
}
