/// An in-memory canvas: a grid of cells, each holding one grapheme cluster and its style.
/// Used by tests (compare `lines` with expected screens) and by the benchmark.
/// A wide character fills its cell and marks the next one as its continuation.
public final class GridCanvas: Canvas {
  struct Cell: Equatable {
    /// One grapheme cluster; "" marks the right half of a wide character.
    var text: String
    var style: Style
    static let blank = Cell(text: " ", style: .plain)
  }

  public private(set) var rows: Int
  public private(set) var columns: Int
  private var cells: [Cell]
  /// How many `put` calls were made since creation or the last `clear`.
  public private(set) var putCount = 0
  public var markedCursor: (row: Int, column: Int)?

  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    cells = Array(repeating: .blank, count: self.rows * self.columns)
  }

  public func put(_ text: String, row: Int, column: Int, style: Style) {
    putCount += 1
    guard row >= 0, row < rows else { return }
    var col = column
    for character in text {
      let width = DisplayWidth.of(character)
      if width == 0 {
        attachToPrevious(character, row: row, column: col)
        continue
      }
      if col + width > columns { return }
      if col >= 0 {
        write(Cell(text: String(character), style: style), row: row, column: col)
        if width == 2 { write(Cell(text: "", style: style), row: row, column: col + 1) }
      }
      col += width
    }
  }

  public func clear() {
    putCount = 0
    markedCursor = nil
    cells = Array(repeating: .blank, count: rows * columns)
  }

  /// Changes the size and blanks everything, as a terminal resize does.
  public func resize(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
    clear()
  }

  /// Every row as text, trailing spaces trimmed.
  public var lines: [String] {
    (0..<rows).map { row in
      var line = ""
      for column in 0..<columns { line += cells[row * columns + column].text }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The style of the cell at `row`, `column` (plain outside the grid).
  public func style(row: Int, column: Int) -> Style {
    guard row >= 0, row < rows, column >= 0, column < columns else { return .plain }
    return cells[row * columns + column].style
  }

  /// The grid as one string, rows joined with newlines: handy in failure messages.
  public var screen: String { lines.joined(separator: "\n") }

  private func write(_ cell: Cell, row: Int, column: Int) {
    let index = row * columns + column
    // Overwriting half of a wide character blanks its other half.
    if cells[index].text.isEmpty, column > 0, cell.text != "" {
      cells[index - 1] = .blank
    }
    if column + 1 < columns, cells[index + 1].text.isEmpty, DisplayWidth.of(cells[index].text) == 2
    {
      cells[index + 1] = .blank
    }
    cells[index] = cell
  }

  private func attachToPrevious(_ character: Character, row: Int, column: Int) {
    var col = column - 1
    while col >= 0, col < columns, cells[row * columns + col].text.isEmpty { col -= 1 }
    guard col >= 0, col < columns else { return }
    cells[row * columns + col].text = (cells[row * columns + col].text + String(character))
  }
}
