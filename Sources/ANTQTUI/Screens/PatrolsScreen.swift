import ANTQCore

/// Tuần tra: the year's people's patrols, newest first.
enum PatrolsScreen {
  struct Row {
    let patrol: Patrol
    let commune: String
  }

  static func make() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      ListColumn(
        "col.date", width: 10, text: { row, _ in row.patrol.day.dayMonthYear },
        order: { $0.patrol.start < $1.patrol.start }),
      ListColumn(
        "col.shift", width: 11,
        text: { row, _ in "\(row.patrol.start.timeText)–\(row.patrol.end.timeText)" },
        order: { $0.patrol.start.minuteOfDay < $1.patrol.start.minuteOfDay }),
      .text("col.commune", width: 16, flexible: true) { $0.commune },
      .text("col.route", width: 30, flexible: true) { $0.patrol.route },
      .count("col.people", width: 6) { $0.patrol.participants.total },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, _ in
      [row.commune, row.patrol.route, row.patrol.findings, row.patrol.day.dayMonthYear].joined(
        separator: " ")
    }
    return ListScreen(list: list, rows: rows, editor: editor(EntrySession())).scoped {
      $0.patrol.communeID
    }
  }

  /// `n` new, `c` copy, `e` edit, `d` delete; the session remembers the last patrol saved.
  static func editor(_ session: EntrySession) -> ListEditor<Row> {
    ListEditor(
      new: { context in PatrolForm.make(context, session: session) },
      edit: { row, context in PatrolForm.make(context, session: session, editing: row.patrol) },
      copy: { row, context in PatrolForm.make(context, session: session, copying: row.patrol) },
      delete: { row, context in
        let question = context.catalog.format(
          "form.patrol.deleteQuestion", row.patrol.day.dayMonthYear, row.patrol.route)
        return (question, .delete(.patrol, id: row.patrol.id))
      }, kind: .patrol, subject: { Record($0.patrol) })
  }

  static func rows(_ context: AppContext) -> [Row] {
    let names = CommuneNames(context.data)
    return context.data.patrols.filter { $0.day.year == context.year }.map {
      Row(patrol: $0, commune: names[$0.communeID])
    }
  }
}
