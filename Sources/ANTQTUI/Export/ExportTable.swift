import ANTQCore

/// A list as it is seen, ready to leave the console: its columns (every column of the list,
/// as a wide screen shows them) and its rows in the list's order, filter and sort, each cell
/// the text the list shows. Lists never show informants' identities, so no export has them.
public struct ExportTable: Sendable, Equatable {
  /// Stable column names for machine formats, from the column's catalog key ("name", "kind").
  public let keys: [String]
  /// The column titles in the user's language, for CSV headers.
  public let titles: [String]
  public let rows: [[String]]
  /// The column the rows are sorted by, when the list knows it (the chart's column).
  public var sortColumn: Int?

  public init(keys: [String], titles: [String], rows: [[String]], sortColumn: Int? = nil) {
    self.keys = keys
    self.titles = titles
    self.rows = rows
    self.sortColumn = sortColumn
  }
}

extension RecordList {
  /// The visible rows, every column.
  func shown(_ context: AppContext) -> ShownList {
    let columns = self.columns
    let rows = self.rows
    let visible = self.visible
    var numbers: [Int: (Int) -> Int] = [:]
    for (index, column) in columns.enumerated() {
      if let number = column.number { numbers[index] = { number(rows[visible[$0]]) } }
    }
    return ShownList(
      count: visible.count,
      keys: columns.map { String($0.titleKey.split(separator: ".").last ?? "") },
      titles: columns.map { context.catalog[$0.titleKey] }, sortColumn: sortedColumn,
      cell: { row, column in columns[column].text(rows[visible[row]], context) },
      numbers: numbers)
  }
}
