import CNcursesw
import Foundation

/// The canvas on the real terminal: draws into ncurses' stdscr; nothing shows until the
/// session's `present()`. Text is clipped at the screen edges, never wrapped or scrolled.
public final class NcursesCanvas: Canvas {
  private unowned let session: TerminalSession
  public var markedCursor: (row: Int, column: Int)?

  init(session: TerminalSession) {
    self.session = session
  }

  public var rows: Int { session.size.rows }
  public var columns: Int { session.size.columns }

  public func put(_ text: String, row: Int, column: Int, style: Style) {
    guard !session.isEnded, (0..<rows).contains(row), column < columns else { return }
    let (cells, startColumn) = Self.visibleCells(
      of: text.precomposedStringWithCanonicalMapping, column: column, columns: columns)
    guard !cells.isEmpty else { return }
    let drawing = session.palette.attributes(for: style)
    antq_attr_set(drawing.attributes, drawing.pair)
    // Writing the bottom-right cell returns ERR (the cursor cannot advance) but the text
    // is placed; ignoring the result is deliberate.
    _ = (cells + [0]).withUnsafeBufferPointer { buffer in
      antq_mvaddwstr(Int32(row), Int32(startColumn), buffer.baseAddress)
    }
    antq_attr_set(antq_a_normal(), 0)
  }

  public func clear() {
    markedCursor = nil
    guard !session.isEnded else { return }
    werase(antq_stdscr())
  }

  /// Shows the cursor at `row`, `column` from the next `present()` on (for text fields).
  public func showCursor(row: Int, column: Int) {
    session.cursorPosition = (
      min(max(row, 0), max(rows - 1, 0)), min(max(column, 0), max(columns - 1, 0))
    )
  }

  /// Hides the cursor from the next `present()` on.
  public func hideCursor() {
    session.cursorPosition = nil
  }

  /// The wide characters of `text` that fit between `column` and the right edge, and the
  /// column the first of them goes to. Characters left of column 0 are dropped, and
  /// unprintable scalars become "?".
  static func visibleCells(of text: String, column: Int, columns: Int) -> ([wchar_t], Int) {
    var cells: [wchar_t] = []
    var position = column
    var start: Int?
    for character in text {
      let scalars = character.unicodeScalars.map { scalar -> wchar_t in
        antq_wcwidth(wchar_t(scalar.value)) < 0 ? 0x3F : wchar_t(scalar.value)
      }
      let width = scalars.reduce(0) { $0 + max(Int(antq_wcwidth($1)), 0) }
      if position + width > columns { break }
      if position >= 0 {
        if start == nil { start = position }
        cells.append(contentsOf: scalars)
      }
      position += width
    }
    return (cells, start ?? column)
  }
}
