import ANTQCore

/// Which characters bars are drawn with: Unicode blocks in eighths of a cell, or plain ASCII
/// on terminals without them (TERM=vt100…), where a cell is full or empty.
public enum ChartGlyphs: Sendable, Equatable {
  case blocks, ascii

  /// Blocks on a terminal with colours and a UTF-8 locale; ASCII on the old terminals that
  /// have neither (vt100, vt220, dumb). NO_COLOR alone does not take the blocks away.
  public static func forTerminal(hasColors: Bool, utf8: Bool) -> ChartGlyphs {
    hasColors && utf8 ? .blocks : .ascii
  }

  /// Steps per cell: a block glyph shows eighths, ASCII only whole cells.
  var steps: Int { self == .blocks ? 8 : 1 }

  /// A horizontal run of `units` steps (of `steps` per cell).
  func horizontal(_ units: Int) -> String {
    switch self {
    case .blocks:
      let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"][units % 8]
      return String(repeating: "█", count: units / 8) + partial
    case .ascii: return String(repeating: "#", count: units)
    }
  }

  /// One cell of a vertical bar filled `fill` steps from the bottom (0 = empty).
  func vertical(_ fill: Int) -> String {
    switch self {
    case .blocks: return [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"][max(0, min(8, fill))]
    case .ascii: return fill > 0 ? "#" : " "
    }
  }
}

/// One chart widget for the whole console: labelled values drawn as bars, horizontally (one
/// line a label: the communes by status, a list's column) or vertically (columns side by
/// side: the months of a year). Bars are scaled to the largest value; a value above zero is
/// never drawn as nothing.
public struct BarChart: Sendable {
  public struct Bar: Sendable, Equatable {
    public let label: String
    public let value: Int

    public init(_ label: String, _ value: Int) {
      self.label = label
      self.value = value
    }
  }

  public let bars: [Bar]
  public let glyphs: ChartGlyphs
  private let largest: Int

  public init(_ bars: [Bar], glyphs: ChartGlyphs) {
    self.bars = bars
    self.glyphs = glyphs
    largest = bars.lazy.map(\.value).max() ?? 0
  }

  /// `value` of `largest` in steps of a bar `cells` long; at least one step when above zero.
  private func units(_ value: Int, cells: Int) -> Int {
    let total = cells * glyphs.steps
    guard largest > 0, value > 0, total > 0 else { return 0 }
    return max(1, (value * total + largest / 2) / largest)
  }

  /// One line a bar, `width` wide: the label (at most a third of the width), the bar, the
  /// value in the language's digits.
  public func horizontalLines(width: Int, numbers: NumberStyle) -> [String] {
    let lines = horizontal(width: width, numbers: numbers)
    return (0..<lines.count).map { lines[$0] }
  }

  /// The same lines, each made only when it is shown: the layout needs only the widest
  /// label (up to its room) and the widest value (that of the largest or smallest).
  public func horizontal(width: Int, numbers: NumberStyle) -> TextLines {
    let smallest = bars.lazy.map(\.value).min() ?? 0
    let valueWidth = max(
      numbers.integer(largest).displayWidth, numbers.integer(smallest).displayWidth)
    let room = max(4, width / 3)
    var widest = 0
    for bar in bars where widest < room { widest = max(widest, min(room, bar.label.displayWidth)) }
    let labelWidth = widest
    let cells = max(1, width - labelWidth - valueWidth - 2)
    let chart = self
    return TextLines(count: bars.count, width: labelWidth + cells + valueWidth + 2) { index in
      let bar = chart.bars[index]
      let drawn = chart.glyphs.horizontal(chart.units(bar.value, cells: cells))
      return bar.label.clipped(to: labelWidth).padded(to: labelWidth) + " "
        + drawn.padded(to: cells) + " "
        + numbers.integer(bar.value).padded(to: valueWidth, alignment: .right)
    }
  }

  /// `height` rows of bars, each `columnWidth` cells apart (one cell of gap), then a row of
  /// labels under them, each clipped to its column.
  public func verticalLines(height: Int, columnWidth: Int) -> [String] {
    let barWidth = max(1, columnWidth - 1)
    let filled = bars.map { units($0.value, cells: height) }
    var lines: [String] = []
    for row in 0..<height {
      let floor = (height - 1 - row) * glyphs.steps
      var line = ""
      for fill in filled {
        line += String(repeating: glyphs.vertical(fill - floor), count: barWidth)
        line += String(repeating: " ", count: columnWidth - barWidth)
      }
      lines.append(line)
    }
    lines.append(
      bars.map { $0.label.clipped(to: columnWidth, ellipsis: false).padded(to: columnWidth) }
        .joined())
    return lines
  }
}
