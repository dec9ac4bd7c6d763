/// One column of a table: its header, how wide it likes to be and how it aligns.
public struct TableColumn: Sendable, Hashable {
  public var title: String
  /// Preferred width in columns.
  public var width: Int
  /// A flexible column gives up space (down to `minWidth`) when the screen is narrow and
  /// takes the extra when it is wide; a fixed column keeps `width`.
  public var flexible: Bool
  public var minWidth: Int
  public var alignment: TextAlignment

  public init(
    title: String, width: Int, alignment: TextAlignment = .left, flexible: Bool = false,
    minWidth: Int? = nil
  ) {
    self.title = title
    self.width = max(1, width)
    self.alignment = alignment
    self.flexible = flexible
    self.minWidth = max(1, min(minWidth ?? (flexible ? 6 : width), self.width))
  }
}

/// What a `TableView` reads. It asks only for the rows it shows, so a data source over
/// 100,000 records costs only the visible ones; rows are never copied into the widget.
public protocol TableDataSource {
  var rowCount: Int { get }
  var columns: [TableColumn] { get }
  /// The text of one cell; `row` is 0..<rowCount in display (sorted, filtered) order.
  func text(row: Int, column: Int) -> String
  /// A style for one cell (e.g. a red "chưa đạt"); nil means plain.
  func style(row: Int, column: Int) -> Style?
}

extension TableDataSource {
  public func style(row: Int, column: Int) -> Style? { nil }
}
