/// Where the user is in a table: selection, scroll position and sort order.
/// Owned by the screen; `TableView` only reads it.
public struct TableState: Sendable, Hashable {
  public var selected: Int
  public var top: Int
  /// The column the rows are sorted by, or nil for the data's own order.
  public var sortColumn: Int?
  public var ascending: Bool

  public init(selected: Int = 0, top: Int = 0, sortColumn: Int? = nil, ascending: Bool = true) {
    self.selected = selected
    self.top = top
    self.sortColumn = sortColumn
    self.ascending = ascending
  }

  public enum Movement: Sendable, Hashable {
    case up, down, pageUp, pageDown, home, end
  }

  /// Moves the selection, clamped to the rows, keeping it inside the `visibleRows` window.
  public mutating func move(_ movement: Movement, rowCount: Int, visibleRows: Int) {
    let page = max(1, visibleRows)
    switch movement {
    case .up: selected -= 1
    case .down: selected += 1
    case .pageUp:
      selected -= page
      top -= page
    case .pageDown:
      selected += page
      top += page
    case .home: selected = 0
    case .end: selected = rowCount - 1
    }
    clamp(rowCount: rowCount, visibleRows: visibleRows)
  }

  /// Selects `row` (a click) without scrolling the rows on screen.
  public mutating func select(_ row: Int, rowCount: Int, visibleRows: Int) {
    top = Self.visibleTop(
      top: top, selected: max(0, min(selected, rowCount - 1)), rowCount: rowCount,
      visibleRows: visibleRows)
    selected = row
    clamp(rowCount: rowCount, visibleRows: visibleRows)
  }

  /// Brings selection and scroll back into range, e.g. after a filter or a resize.
  public mutating func clamp(rowCount: Int, visibleRows: Int) {
    selected = max(0, min(selected, rowCount - 1))
    top = Self.visibleTop(
      top: top, selected: selected, rowCount: rowCount, visibleRows: visibleRows)
  }

  /// The first row to draw so that `selected` is visible and no space is wasted below.
  public static func visibleTop(top: Int, selected: Int, rowCount: Int, visibleRows: Int) -> Int {
    let page = max(1, visibleRows)
    var top = min(top, max(0, rowCount - page))
    if selected < top { top = selected }
    if selected >= top + page { top = selected - page + 1 }
    return max(0, top)
  }

  /// Chooses the next (`step` 1) or previous (-1) sort column, wrapping around.
  public mutating func cycleSortColumn(by step: Int, columnCount: Int) {
    guard columnCount > 0 else { return }
    let current = sortColumn ?? (step > 0 ? -1 : columnCount)
    sortColumn = ((current + step) % columnCount + columnCount) % columnCount
    ascending = true
  }

  /// Applies a table command (movement or sort); returns false if `command` is not one.
  public mutating func apply(
    _ command: CommandID, rowCount: Int, visibleRows: Int, columnCount: Int
  ) -> Bool {
    let movements: [CommandID: Movement] = [
      .up: .up, .down: .down, .pageUp: .pageUp, .pageDown: .pageDown, .home: .home, .end: .end,
    ]
    if let movement = movements[command] {
      move(movement, rowCount: rowCount, visibleRows: visibleRows)
      return true
    }
    switch command {
    case .sortNext: cycleSortColumn(by: 1, columnCount: columnCount)
    case .sortPrevious: cycleSortColumn(by: -1, columnCount: columnCount)
    case .flipSort:
      if sortColumn == nil { sortColumn = 0 }
      ascending.toggle()
    default: return false
    }
    return true
  }
}
