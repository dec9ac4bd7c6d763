/// The top line: every screen's number and title, the current one highlighted.
/// When the titles do not fit, the other screens' titles are shortened (to "…", then to
/// the bare number); the current title is kept whole as long as it fits.
public enum TabBar {
  public static let currentStyle = Style(bold: true, reverse: true)
  public static let otherStyle = Style.plain

  /// Draws `titles` (screen 1 first) on `row`; `current` is a 0-based index.
  public static func draw(
    titles: [String], current: Int, row: Int, into canvas: Canvas, column: Int = 0,
    width: Int? = nil
  ) {
    let width = width ?? canvas.columns - column
    guard width > 0 else { return }
    canvas.put("", row: row, column: column, width: width, style: otherStyle)
    let labels = fittedLabels(titles: titles, current: current, width: width)
    var x = column
    for (index, label) in labels.enumerated() {
      let remaining = column + width - x
      guard remaining > 0 else { break }
      let text = label.clipped(to: remaining)
      canvas.put(text, row: row, column: x, style: index == current ? currentStyle : otherStyle)
      x += text.displayWidth
    }
  }

  /// Tab labels " 1 Title " shortened until they all fit in `width`.
  static func fittedLabels(titles: [String], current: Int, width: Int) -> [String] {
    func labels(limit: Int) -> [String] {
      titles.enumerated().map { index, title in
        let shown = index == current ? title : title.clipped(to: limit)
        return shown.isEmpty ? " \(index + 1) " : " \(index + 1) \(shown) "
      }
    }
    let longest = titles.map(\.displayWidth).max() ?? 0
    var limit = longest
    while limit > 0 {
      let candidate = labels(limit: limit)
      if candidate.reduce(0, { $0 + $1.displayWidth }) <= width { return candidate }
      limit -= 1
    }
    return labels(limit: 0)
  }
}
