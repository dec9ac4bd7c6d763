import ANTQCore
import ANTQTUI

extension App {
  /// Presses `keys`; every `.save` effect is recorded at once, as the edge does.
  @discardableResult
  mutating func pressRecording(_ keys: Key..., on canvas: GridCanvas) -> [Change] {
    var saved: [Change] = []
    for key in keys { saved += storeSaves(handle(key, on: canvas)) }
    draw(on: canvas)
    return saved
  }
}

extension GridCanvas {
  /// The row index of the selected (reverse) table row, if any.
  var selectedRow: Int? {
    lines.indices.first { $0 > 2 && style(row: $0, column: 0).reverse }
  }
}
