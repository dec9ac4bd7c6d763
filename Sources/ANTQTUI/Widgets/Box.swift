/// A bordered box (─│┌┐└┘) with an optional title in the top edge; the inside is blanked.
public enum Box {
  public static func draw(
    _ rect: Rect, title: String? = nil, into canvas: Canvas, style: Style = .plain
  ) {
    guard rect.width >= 2, rect.height >= 2 else { return }
    let inner = rect.width - 2
    let bar = String(repeating: "─", count: inner)
    canvas.put("┌" + bar + "┐", row: rect.row, column: rect.column, style: style)
    for row in (rect.row + 1)..<(rect.row + rect.height - 1) {
      canvas.put("│", row: row, column: rect.column, style: style)
      canvas.put(
        String(repeating: " ", count: inner), row: row, column: rect.column + 1, style: .plain)
      canvas.put("│", row: row, column: rect.column + rect.width - 1, style: style)
    }
    canvas.put("└" + bar + "┘", row: rect.row + rect.height - 1, column: rect.column, style: style)
    if let title, inner >= 5 {
      let text = " " + title.clipped(to: inner - 4) + " "
      canvas.put(text, row: rect.row, column: rect.column + 2, style: .title)
    }
  }
}
