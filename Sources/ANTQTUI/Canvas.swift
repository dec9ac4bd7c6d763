/// Colours a style may ask for; a monochrome terminal maps them to bold/reverse.
public enum Color: Int, Sendable, CaseIterable {
  case normal, accent, good, bad, warning, muted
}

/// How text is drawn: colour role plus attributes.
public struct Style: Hashable, Sendable {
  public var color: Color
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool

  public init(
    color: Color = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false
  ) {
    self.color = color
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
  }

  public static let plain = Style()
  public static let title = Style(color: .accent, bold: true)
  public static let selected = Style(reverse: true)
  public static let header = Style(bold: true, underline: true)
  public static let hint = Style(color: .muted)
  public static let good = Style(color: .good)
  public static let bad = Style(color: .bad, bold: true)
  public static let warning = Style(color: .warning, bold: true)
}

/// Where widgets draw. Rows and columns are 0-based screen cells. Text wider than the
/// space left is clipped by the caller (see `DisplayWidth`); a canvas never wraps.
public protocol Canvas: AnyObject {
  var rows: Int { get }
  var columns: Int { get }
  /// Writes `text` starting at `row`, `column` in `style`.
  func put(_ text: String, row: Int, column: Int, style: Style)
  /// Blanks the whole canvas and forgets the marked cursor.
  func clear()
  /// Where the focused row was drawn (a table's selection), for the hardware cursor.
  var markedCursor: (row: Int, column: Int)? { get set }
}
