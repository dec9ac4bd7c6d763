/// The second line of a screen with several lists (the kinds of activity, a commune's
/// sections): each list's title, the current one highlighted. Words are never cut: when
/// the titles do not all fit, the others show their short titles; when even those do not
/// fit, the line shows the titles around the current one, with ‹ and › saying more lie
/// beyond.
public enum KindBar {
  public static func draw(
    titles: [String], short: [String]? = nil, current: Int, row: Int, column: Int, width: Int,
    into canvas: Canvas
  ) {
    guard width > 2, titles.indices.contains(current) else { return }
    canvas.put("", row: row, column: column, width: width, style: .plain)
    // The first column stays blank (or holds ‹): a highlighted title never starts a line,
    // which is where a list's selected row starts.
    let labels = self.labels(titles: titles, short: short, current: current, width: width - 1)
    let whole = labels.reduce(0) { $0 + $1.displayWidth } <= width - 1
    let window = whole ? labels.indices : visible(labels, current: current, width: width - 2)
    var x = column + 1
    if window.lowerBound > 0 {
      canvas.put("‹", row: row, column: column, style: .hint)
    }
    for index in window {
      let label = labels[index].clipped(to: column + width - x)
      canvas.put(label, row: row, column: x, style: index == current ? TabBar.currentStyle : .hint)
      x += label.displayWidth
    }
    if window.upperBound < labels.count {
      canvas.put("›", row: row, column: column + width - 1, style: .hint)
    }
  }

  /// " Title " labels: every title whole if they fit in `width`, else the current one whole
  /// and the others short.
  static func labels(titles: [String], short: [String]?, current: Int, width: Int) -> [String] {
    let full = titles.map { " \($0) " }
    guard let short, full.reduce(0, { $0 + $1.displayWidth }) > width else { return full }
    return titles.indices.map { $0 == current ? full[$0] : " \(short[$0]) " }
  }

  /// The longest run of labels that holds `current` and fits `width`, growing right first.
  static func visible(_ labels: [String], current: Int, width: Int) -> Range<Int> {
    var window = current..<(current + 1)
    var used = labels[current].displayWidth
    while true {
      if window.upperBound < labels.count,
        used + labels[window.upperBound].displayWidth <= width
      {
        used += labels[window.upperBound].displayWidth
        window = window.lowerBound..<(window.upperBound + 1)
      } else if window.lowerBound > 0, used + labels[window.lowerBound - 1].displayWidth <= width {
        used += labels[window.lowerBound - 1].displayWidth
        window = (window.lowerBound - 1)..<window.upperBound
      } else {
        return window
      }
    }
  }
}
