import ANTQCore

/// The bottom line: a message or record summary on the left, key hints on the right.
/// Hints come most important first; those that do not fit are dropped from the end.
/// A message is always shown whole: one wider than the line wraps upwards over the rows
/// above it, and the hints give way.
public enum StatusBar {
  public static let keyStyle = Style(color: .accent, bold: true)
  public static let titleStyle = Style.hint
  static let hintGap = 2

  /// Most rows a long message takes (it wraps over the rows above the status line).
  public static let maximumMessageRows = 4

  /// Draws on `row` (and the rows above it for a long message).
  public static func draw(
    message: String, hints: [StatusHint], row: Int, into canvas: Canvas,
    messageStyle: Style = .plain
  ) {
    let columns = canvas.columns
    guard columns > 0 else { return }
    canvas.put("", row: row, column: 0, width: columns, style: .plain)
    if message.displayWidth > columns {
      let lines = message.wrapped(to: columns).prefix(maximumMessageRows)
      for (offset, line) in lines.enumerated() {
        let at = row - lines.count + 1 + offset
        canvas.put("", row: at, column: 0, width: columns, style: .plain)
        canvas.put(line, row: at, column: 0, style: messageStyle)
      }
      return
    }
    let reserved = message.displayWidth
    let shown = fittingHints(hints, width: columns - reserved - (reserved > 0 ? hintGap : 0))
    let hintsWidth = width(of: shown)
    let messageRoom = columns - hintsWidth - (hintsWidth > 0 ? hintGap : 0)
    canvas.put(message.clipped(to: messageRoom), row: row, column: 0, style: messageStyle)
    var x = columns - hintsWidth
    for (index, hint) in shown.enumerated() {
      if index > 0 { x += hintGap }
      canvas.put(hint.key, row: row, column: x, style: keyStyle)
      x += hint.key.displayWidth + 1
      canvas.put(hint.title, row: row, column: x, style: titleStyle)
      x += hint.title.displayWidth
    }
  }

  /// The longest prefix of `hints` that fits in `width` columns.
  public static func fittingHints(_ hints: [StatusHint], width: Int) -> [StatusHint] {
    var shown: [StatusHint] = []
    for hint in hints {
      guard self.width(of: shown + [hint]) <= width else { break }
      shown.append(hint)
    }
    return shown
  }

  static func width(of hints: [StatusHint]) -> Int {
    guard !hints.isEmpty else { return 0 }
    let text = hints.reduce(0) { $0 + $1.key.displayWidth + 1 + $1.title.displayWidth }
    return text + hintGap * (hints.count - 1)
  }

  /// "10.000 bản ghi · lọc: đồng" — the left side of a list screen.
  public static func recordSummary(count: Int, filter: String?, catalog: Catalog) -> String {
    let records = catalog.format(
      "ui.status.records", NumberStyle(catalog.language).integer(count))
    guard let filter, !filter.isEmpty else { return records }
    return records + " · " + catalog.format("ui.status.filter", filter)
  }
}
