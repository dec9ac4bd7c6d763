import ANTQCore

/// How a list creates, edits and deletes its records; the parts left nil are not offered.
struct ListEditor<Row> {
  var new: ((AppContext) -> any FormView)?
  var edit: ((Row, AppContext) -> any FormView)?
  /// A new record filled from the selected one (`c`).
  var copy: ((Row, AppContext) -> any FormView)?
  var delete: ((Row, AppContext) -> (question: String, change: Change))?
  /// Further commands on the selected row (classify, appraise…).
  var actions: [CommandID: (Row, AppContext) -> ScreenOutcome] = [:]
  /// The kind of record `new`, `edit`, `copy` and `delete` work on, and the record of a row:
  /// what the user's role is checked against before a form opens.
  var kind: RecordKind? = nil
  var subject: ((Row) -> Record)? = nil

  var commands: Set<CommandID> {
    var commands = Set(actions.keys)
    if new != nil { commands.insert(.new) }
    if edit != nil { commands.insert(.edit) }
    if delete != nil { commands.insert(.delete) }
    if copy != nil { commands.insert(.copy) }
    return commands
  }
}

/// A screen that is one record list: moves, sorts, filters and, when it has a page for
/// its rows, opens the selected row (Enter) and comes back to the same row (Esc). With an
/// editor it also offers new, edit and delete.
struct ListScreen<Row>: Screen {
  private var list: RecordList<Row>
  private let rowsFor: (AppContext) -> [Row]
  /// The rows of this year and of the years next to it.
  private var rowsByYear = YearCache<ScopedRows<Row>>()
  /// A row's commune, for lists a clerk sees only their own communes' records of.
  private var communeOf: ((Row) -> String?)?
  /// Actions of the editor also offered on a row's page, acting on that row (reveal on a
  /// tip's page).
  private var pageActions: Set<CommandID> = []
  /// What the list leaves out for a clerk ("Chỉ hiện bản ghi của…"), drawn above the table.
  private var scopeLine: String?
  private let pageFor: ((Row, AppContext) -> any Screen)?
  private let editor: ListEditor<Row>
  /// The open page of the selected row, if any.
  private var page: (any Screen)?

  init(
    list: RecordList<Row>, rows: @escaping (AppContext) -> [Row],
    page: ((Row, AppContext) -> any Screen)? = nil, editor: ListEditor<Row> = ListEditor()
  ) {
    self.list = list
    self.rowsFor = rows
    self.pageFor = page
    self.editor = editor
  }

  /// The same list showing a clerk only the rows of their communes (`commune` gives a row's).
  func scoped(_ commune: @escaping (Row) -> String?) -> ListScreen {
    var scoped = self
    scoped.communeOf = commune
    return scoped
  }

  /// The same list offering `actions` of its editor on a row's page too.
  func offeringOnPage(_ actions: Set<CommandID>) -> ListScreen {
    var offering = self
    offering.pageActions = actions.intersection(editor.actions.keys)
    return offering
  }

  private var scopedRows: (AppContext) -> ScopedRows<Row> {
    CommuneScope.narrowing(rowsFor, communeOf: communeOf)
  }

  /// The table's part of `rect`: all of it, or all but the scope line's row.
  private func tableRect(_ rect: Rect) -> Rect {
    guard scopeLine != nil, rect.height > 2 else { return rect }
    return Rect(row: rect.row + 1, column: rect.column, width: rect.width, height: rect.height - 1)
  }

  /// The record under the selection, if any.
  var selectedRow: Row? { list.selectedRow }

  static var listCommands: Set<CommandID> {
    [
      .up, .down, .pageUp, .pageDown, .home, .end, .filter, .sortNext, .sortPrevious, .flipSort,
      .point, .scrollUp, .scrollDown,
      .export,
    ]
  }

  var commands: Set<CommandID> {
    if let page { return page.commands.union(pageActions).union([.back]) }
    var own = Self.listCommands.union(editor.commands)
    if !list.filter.isEmpty { own.insert(.back) }
    return pageFor == nil ? own : own.union([.open])
  }

  var filter: String { page == nil ? list.filter : "" }

  func status(_ context: AppContext) -> String {
    page?.status(context) ?? list.status(context)
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    if let page { return page.draw(in: rect, on: canvas, context: context) }
    let table = tableRect(rect)
    if let scopeLine, table.row > rect.row {
      canvas.put(
        scopeLine, row: rect.row, column: rect.column + 1, width: rect.width - 1, style: .hint)
    }
    let fit = ColumnFit(list.columns, width: rect.width, keep: list.table.sortColumn)
    TableView.draw(
      list.source(context, shown: fit.shown), state: fit.state(list.table), in: table,
      into: canvas, catalog: context.catalog)
  }

  mutating func handle(_ command: CommandID, in whole: Rect, context: AppContext) -> ScreenOutcome {
    if var open = page {
      let outcome = open.handle(command, in: whole, context: context)
      if !outcome.isIgnored {
        page = open
        return outcome
      }
      if command == .back {
        page = nil
        return .handled
      }
      if pageActions.contains(command), let action = editor.actions[command],
        let row = list.selectedRow
      {
        return action(row, context)
      }
      return .ignored
    }
    return handleList(command, in: tableRect(whole), context: context)
  }

  private mutating func handleList(_ command: CommandID, in rect: Rect, context: AppContext)
    -> ScreenOutcome
  {
    switch command {
    case .back:
      guard !list.filter.isEmpty else { return .ignored }
      list.applyFilter("", context: context)
      return .handled
    case .open:
      guard let pageFor, let row = list.selectedRow else { return .ignored }
      page = pageFor(row, context)
      return .handled
    case .new:
      guard let new = editor.new else { return .ignored }
      if let kind = editor.kind, let refusal = context.refusal(toWorkOn: kind) {
        return .message(refusal.message(context.catalog))
      }
      return .openForm(new(context))
    case .edit:
      guard let form = editor.edit, let row = list.selectedRow else { return .ignored }
      if let refusal = refusal(changing: row, context) { return refusal }
      return .openForm(form(row, context))
    case .copy:
      guard let copy = editor.copy, let row = list.selectedRow else { return .ignored }
      if let refusal = refusal(changing: row, context, copy: true) { return refusal }
      return .openForm(copy(row, context))
    case .point:
      guard let at = context.pointer, list.select(screenRow: at.row, in: rect) else {
        return .ignored
      }
      return .handled
    case .scrollUp, .scrollDown:
      for _ in 0..<Self.wheelRows {
        _ = list.handle(
          command == .scrollUp ? .up : .down, visibleRows: TableView.visibleRows(in: rect))
      }
      return .handled
    case .delete:
      guard let delete = editor.delete, let row = list.selectedRow else { return .ignored }
      if let refusal = refusal(changing: row, context) { return refusal }
      let (question, change) = delete(row, context)
      return .confirm(question: question, change: change)
    default:
      if let action = editor.actions[command] {
        guard let row = list.selectedRow else { return .handled }
        return action(row, context)
      }
    }
    return list.handle(command, visibleRows: TableView.visibleRows(in: rect)) ? .handled : .ignored
  }

  /// Why the user may not change (or copy into a new record) the row's record.
  private func refusal(changing row: Row, _ context: AppContext, copy: Bool = false)
    -> ScreenOutcome?
  {
    guard let record = editor.subject?(row),
      let refusal = context.refusal(.upsert(record), current: copy ? nil : record)
    else { return nil }
    return .message(refusal.message(context.catalog))
  }

  var editedKind: RecordKind? { page.map { $0.editedKind } ?? editor.kind }

  func shownList(_ context: AppContext) -> ShownList? {
    page.map { $0.shownList(context) } ?? list.shown(context)
  }

  /// On a page, the row selected there, else the page's own record (the row it was opened
  /// from); on the list, the selected row's record.
  func selectedRecord(_ context: AppContext) -> RecordKey? {
    if let key = page?.selectedRecord(context) { return key }
    return list.selectedRow.flatMap(RowRecord.key)
  }

  mutating func refresh(_ context: AppContext) {
    let scoped = rowsByYear.value(for: context, compute: scopedRows)
    scopeLine = scoped.line
    list.load(scoped.rows, context: context)
    page?.refresh(context)
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    guard page == nil else { return }
    list.applyFilter(text, context: context)
  }

  /// Rows one notch of the mouse wheel moves.
  static var wheelRows: Int { 3 }

  /// Rows whose search keys are folded per idle call: a few milliseconds' work, so a key
  /// pressed meanwhile waits no longer than that.
  static var idleRows: Int { 4_000 }

  var hasIdleWork: Bool {
    page?.hasIdleWork ?? (list.needsPreparing || !rowsByYear.missing.isEmpty)
  }

  mutating func idle(_ context: AppContext) {
    if var open = page {
      open.idle(context)
      page = open
    } else if list.needsPreparing {
      list.prepare(context, rows: Self.idleRows)
    } else {
      rowsByYear.prepareNext(context, compute: scopedRows)
    }
  }
}
