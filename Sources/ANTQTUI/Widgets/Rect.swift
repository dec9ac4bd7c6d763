/// A rectangle of screen cells a widget draws into.
public struct Rect: Sendable, Hashable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int

  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The whole canvas.
  public init(_ canvas: Canvas) {
    self.init(row: 0, column: 0, width: canvas.columns, height: canvas.rows)
  }

  /// A `width` × `height` rectangle centred in `canvas`, shrunk to fit.
  public static func centered(width: Int, height: Int, in canvas: Canvas) -> Rect {
    let width = min(width, canvas.columns)
    let height = min(height, canvas.rows)
    return Rect(
      row: (canvas.rows - height) / 2, column: (canvas.columns - width) / 2, width: width,
      height: height)
  }

  /// The inside of a one-cell border.
  public var inset: Rect {
    Rect(row: row + 1, column: column + 1, width: width - 2, height: height - 2)
  }
}

extension Canvas {
  /// Writes `text` clipped or padded to exactly `width` columns.
  public func put(
    _ text: String, row: Int, column: Int, width: Int, style: Style,
    alignment: TextAlignment = .left
  ) {
    guard width > 0 else { return }
    put(text.padded(to: width, alignment: alignment), row: row, column: column, style: style)
  }

  /// Fills `rect` with spaces in `style`.
  public func fill(_ rect: Rect, style: Style = .plain) {
    guard rect.width > 0 else { return }
    let blank = String(repeating: " ", count: rect.width)
    for row in rect.row..<(rect.row + rect.height) {
      put(blank, row: row, column: rect.column, style: style)
    }
  }
}
