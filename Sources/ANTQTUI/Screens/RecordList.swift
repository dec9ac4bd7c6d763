import ANTQCore

/// The state of a filterable, sortable list of records: rows in display order, the
/// selection and the filter. Sorting and filtering work on row indices; rows are never
/// copied into the widget.
struct RecordList<Row> {
  let columns: [ListColumn<Row>]
  private let searchText: (Row, AppContext) -> String
  private let defaultSort: (column: Int, ascending: Bool)
  private(set) var rows: [Row] = []
  /// Folded search text of the rows, built ahead in idle time or on the first filter.
  private var search = FoldedSearch()
  /// Whole-number sort keys per column, built on the first sort by that column.
  private var ranks: [Int: [Int]] = [:]
  /// All row indices in the current sort order.
  private var ordered: [Int] = []
  /// The indices shown: `ordered` narrowed by the filter.
  private(set) var visible: [Int] = []
  private(set) var filter = ""
  var table: TableState

  init(
    columns: [ListColumn<Row>], sortedBy column: Int, ascending: Bool,
    searchText: @escaping (Row, AppContext) -> String
  ) {
    self.columns = columns
    self.searchText = searchText
    self.defaultSort = (column, ascending)
    self.table = TableState(sortColumn: column, ascending: ascending)
  }

  /// The column the rows are in the order of.
  var sortedColumn: Int { table.sortColumn ?? defaultSort.column }

  var selectedRow: Row? {
    visible.indices.contains(table.selected) ? rows[visible[table.selected]] : nil
  }

  /// Replaces the rows (a new year, new data), keeping sort and filter, and the selection
  /// on the same record when the rows are records with ids (another console's change must not
  /// move it).
  mutating func load(_ rows: [Row], context: AppContext) {
    let kept = selectedRow.flatMap(Self.identity)
    self.rows = rows
    search = FoldedSearch()
    ranks = [:]
    sort()
    let text = filter
    filter = ""
    applyFilter(text, context: context)
    if let kept, let position = visible.firstIndex(where: { Self.identity(rows[$0]) == kept }) {
      table.selected = position
    }
  }

  private static func identity(_ row: Row) -> AnyHashable? {
    guard let record = row as? any Identifiable else { return nil }
    return idOf(record)
  }

  private static func idOf<T: Identifiable>(_ record: T) -> AnyHashable { AnyHashable(record.id) }

  /// Narrows the rows to those containing every word of `text`, accents optional.
  /// Typing one more letter only searches the rows already shown.
  mutating func applyFilter(_ text: String, context: AppContext) {
    let words = text.folded.split(separator: " ").map(String.init)
    let keep = selectedIndex
    if words.isEmpty {
      visible = ordered
    } else {
      prepareSearch(context, rows: rows.count)
      let narrowing = !filter.isEmpty && text.folded.hasPrefix(filter.folded)
      visible = search.filter(narrowing ? visible : ordered, containingAll: words)
    }
    filter = text
    reselect(keep)
  }

  /// Whether the search keys or a text column's sort keys are still to be built (idle work).
  var needsPreparing: Bool { search.count < rows.count || unrankedTextColumn != nil }

  /// Builds the search keys of up to `count` more rows or, those done, one text column's
  /// sort keys, so that the first filter letter or sort by that column finds them ready.
  mutating func prepare(_ context: AppContext, rows count: Int) {
    if search.count < rows.count {
      prepareSearch(context, rows: count)
    } else if let index = unrankedTextColumn, case .text(let value) = columns[index].sortKey {
      let rows = self.rows
      ranks[index] = SortRanks.texts(count: rows.count) { value(rows[$0]) }
    }
  }

  private var unrankedTextColumn: Int? {
    columns.indices.first { index in
      guard case .text = columns[index].sortKey else { return false }
      return ranks[index] == nil
    }
  }

  /// Folds the search text of up to `count` more rows, so that the first filter letter
  /// finds them ready.
  mutating func prepareSearch(_ context: AppContext, rows count: Int) {
    let end = min(rows.count, search.count + count)
    for row in search.count..<end { search.append(searchText(rows[row], context)) }
  }

  /// Movement and sort commands; false when `command` is neither.
  mutating func handle(_ command: CommandID, visibleRows: Int) -> Bool {
    let before = (table.sortColumn, table.ascending)
    guard
      table.apply(
        command, rowCount: visible.count, visibleRows: visibleRows, columnCount: columns.count)
    else { return false }
    if before != (table.sortColumn, table.ascending) {
      let keep = selectedIndex
      sort()
      if filter.isEmpty {
        visible = ordered
      } else {
        var shown = [Bool](repeating: false, count: rows.count)
        for index in visible { shown[index] = true }
        visible = ordered.filter { shown[$0] }
      }
      reselect(keep)
    }
    return true
  }

  /// Selects the row drawn on screen row `screenRow` of `rect`; false when there is none.
  mutating func select(screenRow: Int, in rect: Rect) -> Bool {
    guard
      let row = TableView.row(
        atScreenRow: screenRow, in: rect, state: table, rowCount: visible.count)
    else { return false }
    table.select(row, rowCount: visible.count, visibleRows: TableView.visibleRows(in: rect))
    return true
  }

  func source(_ context: AppContext, shown: [Int]? = nil) -> RecordListSource<Row> {
    RecordListSource(list: self, context: context, shown: shown ?? Array(columns.indices))
  }

  func status(_ context: AppContext) -> String {
    StatusBar.recordSummary(
      count: visible.count, filter: filter.isEmpty ? nil : filter, catalog: context.catalog)
  }

  private var selectedIndex: Int? {
    visible.indices.contains(table.selected) ? visible[table.selected] : nil
  }

  private mutating func reselect(_ index: Int?) {
    table.selected = index.flatMap { visible.firstIndex(of: $0) } ?? 0
  }

  private mutating func sort() {
    let index = table.sortColumn ?? defaultSort.column
    let ascending = table.sortColumn == nil ? defaultSort.ascending : table.ascending
    let rows = self.rows
    switch columns[index].sortKey {
    case .text(let value):
      let keys = ranks[index] ?? SortRanks.texts(count: rows.count) { value(rows[$0]) }
      ranks[index] = keys
      ordered = SortRanks.order(keys, ascending: ascending)
    case .number(let value):
      let keys = ranks[index] ?? rows.map(value)
      ranks[index] = keys
      ordered = SortRanks.order(keys, ascending: ascending)
    case .custom(let less):
      ordered = rows.indices.sorted { a, b in
        if less(rows[a], rows[b]) { return ascending }
        if less(rows[b], rows[a]) { return !ascending }
        return a < b
      }
    }
  }
}

/// Shows a `RecordList` through `TableView`: asks only for the rows on screen.
struct RecordListSource<Row>: TableDataSource {
  let list: RecordList<Row>
  let context: AppContext
  /// The list's columns on screen, in order (narrow screens drop some).
  let shown: [Int]

  var rowCount: Int { list.visible.count }

  var columns: [TableColumn] {
    shown.map { list.columns[$0] }.map {
      TableColumn(
        title: context.catalog[$0.titleKey], width: $0.width, alignment: $0.alignment,
        flexible: $0.flexible)
    }
  }

  func text(row: Int, column: Int) -> String {
    list.columns[shown[column]].text(list.rows[list.visible[row]], context)
  }

  func style(row: Int, column: Int) -> Style? {
    list.columns[shown[column]].style?(list.rows[list.visible[row]])
  }
}
