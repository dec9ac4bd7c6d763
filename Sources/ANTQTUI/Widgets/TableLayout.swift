/// Column widths that fit an available width. Columns are separated by one space.
/// Too narrow: flexible columns shrink toward their minimum, then the rightmost columns
/// are cut (the last shown one clipped). Wider: flexible columns share the extra space.
public enum TableLayout {
  public static let gap = 1

  /// Width of each column (0 for a column that does not fit at all).
  public static func widths(for columns: [TableColumn], available: Int) -> [Int] {
    guard !columns.isEmpty, available > 0 else { return columns.map { _ in 0 } }
    var widths = columns.map(\.width)
    let gaps = gap * (columns.count - 1)
    var excess = widths.reduce(0, +) + gaps - available
    let flexible = columns.indices.filter { columns[$0].flexible }

    if excess < 0, !flexible.isEmpty {
      let extra = -excess
      for (order, index) in flexible.enumerated() {
        widths[index] += extra / flexible.count + (order < extra % flexible.count ? 1 : 0)
      }
      return widths
    }
    // Shrink flexible columns one column at a time, widest first, down to their minimum.
    while excess > 0 {
      let candidates = flexible.filter { widths[$0] > columns[$0].minWidth }
      guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
      widths[widest] -= 1
      excess -= 1
    }
    // Still too wide: cut from the right.
    var x = 0
    for index in widths.indices {
      let room = available - x
      if room <= 0 {
        widths[index] = 0
      } else {
        widths[index] = min(widths[index], room)
      }
      x += widths[index] + gap
    }
    return widths
  }
}
