import ANTQCore

/// The four lists of the activities screen, each newest first with its editor.
enum ActivityLists {
  struct Row<Record> {
    let record: Record
    let commune: String
    let communeID: String
  }

  static func rows<R>(_ records: [R], day: @escaping (R) -> Day, commune: @escaping (R) -> String)
    -> (AppContext) -> [Row<R>]
  {
    { context in
      let names = CommuneNames(context.data)
      return ofYear(context, records, day: day).map {
        Row(record: $0, commune: names[commune($0)], communeID: commune($0))
      }
    }
  }

  private static func ofYear<R>(_ context: AppContext, _ all: [R], day: (R) -> Day) -> [R] {
    all.filter { day($0).year == context.year }
  }

  static func dateColumn<R>(_ day: @escaping (R) -> Day) -> ListColumn<Row<R>> {
    ListColumn(
      "col.date", width: 10, text: { row, _ in day(row.record).dayMonthYear },
      sortKey: .number { day($0.record).ordinal })
  }

  static func list<R>(
    _ columns: [ListColumn<Row<R>>], search: @escaping (Row<R>) -> String,
    rows: @escaping (AppContext) -> [Row<R>], editor: ListEditor<Row<R>>
  ) -> ListScreen<Row<R>> {
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, _ in
      search(row)
    }
    return ListScreen(list: list, rows: rows, editor: editor).scoped { $0.communeID }
  }

  static func deleting<R>(
    _ kind: RecordKind, id: @escaping (R) -> String, day: @escaping (R) -> Day,
    what: @escaping (R) -> String
  ) -> (Row<R>, AppContext) -> (question: String, change: Change) {
    { row, context in
      let question = context.catalog.format(
        "form.activity.deleteQuestion", day(row.record).dayMonthYear, what(row.record))
      return (question, .delete(kind, id: id(row.record)))
    }
  }
}
