import ANTQCore

/// Draws a `TableDataSource` into a rectangle: a header row with the sort indicator
/// (▲ ascending, ▼ descending), then only the rows that are visible, the selected one
/// highlighted. Never reads rows outside the window.
public enum TableView {
  public static let headerStyle = Style.header
  public static let selectedStyle = Style.selected

  /// Rows available for data in `rect` (one line is the header): the page size.
  public static func visibleRows(in rect: Rect) -> Int { max(0, rect.height - 1) }

  /// The row of the data under screen row `screenRow` of `rect`, or nil (header, past the end).
  public static func row(
    atScreenRow screenRow: Int, in rect: Rect, state: TableState, rowCount: Int
  ) -> Int? {
    let page = visibleRows(in: rect)
    let line = screenRow - rect.row - 1
    guard rowCount > 0, (0..<page).contains(line) else { return nil }
    let selected = max(0, min(state.selected, rowCount - 1))
    let top = TableState.visibleTop(
      top: state.top, selected: selected, rowCount: rowCount, visibleRows: page)
    let row = top + line
    return row < rowCount ? row : nil
  }

  /// Draws `source` in `rect`. When there are no rows, shows the catalog's empty text.
  public static func draw(
    _ source: some TableDataSource, state: TableState, in rect: Rect, into canvas: Canvas,
    catalog: Catalog
  ) {
    guard rect.width > 0, rect.height > 0 else { return }
    let columns = source.columns
    let widths = TableLayout.widths(for: columns, available: rect.width)
    drawHeader(columns, widths: widths, state: state, row: rect.row, rect: rect, canvas: canvas)

    let page = visibleRows(in: rect)
    let count = source.rowCount
    for line in 0..<page {
      canvas.put(
        "", row: rect.row + 1 + line, column: rect.column, width: rect.width, style: .plain)
    }
    guard count > 0 else {
      if page > 0 {
        canvas.put(
          catalog["ui.table.empty"], row: rect.row + 1, column: rect.column, width: rect.width,
          style: .hint, alignment: .center)
      }
      return
    }
    let selected = max(0, min(state.selected, count - 1))
    let top = TableState.visibleTop(
      top: state.top, selected: selected, rowCount: count, visibleRows: page)
    if selected - top < page {
      canvas.markedCursor = (rect.row + 1 + selected - top, rect.column)
    }
    for line in 0..<min(page, count - top) {
      let row = top + line
      drawRow(
        source, columns: columns, row: row, widths: widths, selected: row == selected,
        at: rect.row + 1 + line,
        rect: rect, canvas: canvas)
    }
  }

  private static func drawHeader(
    _ columns: [TableColumn], widths: [Int], state: TableState, row: Int, rect: Rect,
    canvas: Canvas
  ) {
    canvas.put("", row: row, column: rect.column, width: rect.width, style: headerStyle)
    var x = rect.column
    for (index, column) in columns.enumerated() where widths[index] > 0 {
      let width = widths[index]
      var title = column.title
      if state.sortColumn == index, width >= 2 {
        title = column.title.clipped(to: width - 2) + " " + (state.ascending ? "▲" : "▼")
      }
      canvas.put(
        title, row: row, column: x, width: width, style: headerStyle, alignment: column.alignment)
      x += width + TableLayout.gap
    }
  }

  private static func drawRow(
    _ source: some TableDataSource, columns: [TableColumn], row: Int, widths: [Int],
    selected: Bool, at screenRow: Int, rect: Rect, canvas: Canvas
  ) {
    if selected {
      canvas.put("", row: screenRow, column: rect.column, width: rect.width, style: selectedStyle)
    }
    var x = rect.column
    for (index, column) in columns.enumerated() where widths[index] > 0 {
      var style = source.style(row: row, column: index) ?? .plain
      if selected { style.reverse = true }
      canvas.put(
        source.text(row: row, column: index), row: screenRow, column: x, width: widths[index],
        style: style, alignment: column.alignment)
      x += widths[index] + TableLayout.gap
    }
  }
}
