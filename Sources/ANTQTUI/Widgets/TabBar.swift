/// The top line: every screen's number and title, the current one highlighted.
/// Words are never cut: when the titles do not all fit, the other screens show their
/// short titles, then only their numbers; the current title is always whole.
public enum TabBar {
  public static let currentStyle = Style(bold: true, reverse: true)
  public static let otherStyle = Style.plain

  /// Draws `titles` (screen 1 first) on `row`; `current` is a 0-based index. `short`
  /// titles (same order) are used for the other screens when the full ones do not fit.
  public static func draw(
    titles: [String], short: [String]? = nil, current: Int, row: Int, into canvas: Canvas,
    column: Int = 0, width: Int? = nil
  ) {
    let width = width ?? canvas.columns - column
    guard width > 0 else { return }
    canvas.put("", row: row, column: column, width: width, style: otherStyle)
    let labels = fittedLabels(titles: titles, short: short, current: current, width: width)
    var x = column
    for (index, label) in labels.enumerated() {
      let remaining = column + width - x
      guard remaining > 0 else { break }
      let text = label.clipped(to: remaining)
      canvas.put(text, row: row, column: x, style: index == current ? currentStyle : otherStyle)
      x += text.displayWidth
    }
  }

  /// Tab labels " 1 Title ": full titles, else short ones, else bare numbers for the
  /// screens other than `current`.
  static func fittedLabels(titles: [String], short: [String]?, current: Int, width: Int)
    -> [String]
  {
    func labels(_ others: [String]?) -> [String] {
      titles.indices.map { index in
        let shown = index == current ? titles[index] : others?[index] ?? ""
        return shown.isEmpty ? " \(index + 1) " : " \(index + 1) \(shown) "
      }
    }
    for candidate in [titles, short].compactMap({ $0 }).map(labels) {
      if candidate.reduce(0, { $0 + $1.displayWidth }) <= width { return candidate }
    }
    return labels(nil)
  }
}
