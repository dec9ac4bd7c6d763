import ANTQCore

/// A list as it is on screen, in its filter and sort, with every column (as a wide screen
/// shows them), its cells made only when asked: `:export` writes all of them, `b` charts one
/// column and shows only the bars on screen.
public struct ShownList {
  /// Rows shown, in order.
  public let count: Int
  /// Stable column names for machine formats, from the column's catalog key ("name", "kind").
  public let keys: [String]
  /// The column titles in the user's language.
  public let titles: [String]
  /// The column the rows are sorted by.
  public let sortColumn: Int?
  private let cell: (_ row: Int, _ column: Int) -> String
  private let numbers: [Int: (Int) -> Int]

  init(
    count: Int, keys: [String], titles: [String], sortColumn: Int?,
    cell: @escaping (Int, Int) -> String, numbers: [Int: (Int) -> Int]
  ) {
    self.count = count
    self.keys = keys
    self.titles = titles
    self.sortColumn = sortColumn
    self.cell = cell
    self.numbers = numbers
  }

  /// The text the list shows in `column` of shown row `row`.
  public func text(_ row: Int, _ column: Int) -> String { cell(row, column) }

  /// Whether `column` shows whole numbers (counts, years): those a chart can draw.
  public func holdsNumbers(_ column: Int) -> Bool { numbers[column] != nil }

  /// The number shown in `column` of row `row`, for a column that holds numbers.
  public func number(_ row: Int, _ column: Int) -> Int { numbers[column]!(row) }

  /// Every row, every cell made.
  public var table: ExportTable {
    ExportTable(
      keys: keys, titles: titles,
      rows: (0..<count).map { row in titles.indices.map { cell(row, $0) } },
      sortColumn: sortColumn)
  }
}
