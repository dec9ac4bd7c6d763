import ANTQCore

/// A screen that is one record list: moves, sorts, filters and, when it has a page for
/// its rows, opens the selected row (Enter) and comes back to the same row (Esc).
struct ListScreen<Row>: Screen {
  private var list: RecordList<Row>
  private let rowsFor: (AppContext) -> [Row]
  private let pageFor: ((Row, AppContext) -> any Screen)?
  /// The open page of the selected row, if any.
  private var page: (any Screen)?

  init(
    list: RecordList<Row>, rows: @escaping (AppContext) -> [Row],
    page: ((Row, AppContext) -> any Screen)? = nil
  ) {
    self.list = list
    self.rowsFor = rows
    self.pageFor = page
  }

  static var listCommands: Set<CommandID> {
    [.up, .down, .pageUp, .pageDown, .home, .end, .filter, .sortNext, .sortPrevious, .flipSort]
  }

  var commands: Set<CommandID> {
    if let page { return page.commands.union([.back]) }
    return pageFor == nil ? Self.listCommands : Self.listCommands.union([.open])
  }

  var filter: String { page == nil ? list.filter : "" }

  func status(_ context: AppContext) -> String {
    page?.status(context) ?? list.status(context)
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    if let page { return page.draw(in: rect, on: canvas, context: context) }
    TableView.draw(
      list.source(context), state: list.table, in: rect, into: canvas, catalog: context.catalog)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    if var open = page {
      if open.handle(command, in: rect, context: context) != .ignored {
        page = open
        return .handled
      }
      if command == .back {
        page = nil
        return .handled
      }
      return .ignored
    }
    if command == .open, let pageFor, let row = list.selectedRow {
      page = pageFor(row, context)
      return .handled
    }
    return list.handle(command, visibleRows: TableView.visibleRows(in: rect)) ? .handled : .ignored
  }

  mutating func refresh(_ context: AppContext) {
    list.load(rowsFor(context), context: context)
    page?.refresh(context)
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    guard page == nil else { return }
    list.applyFilter(text, context: context)
  }
}
