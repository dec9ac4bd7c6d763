import ANTQCore
import ANTQTUI

extension App {
  /// Presses `keys` and, as the edge does, records every save at once.
  @discardableResult
  mutating func pressSaving(_ keys: Key..., on canvas: GridCanvas) -> [Change] {
    var saved: [Change] = []
    for key in keys { saved += storeSaves(handle(key, on: canvas)) }
    draw(on: canvas)
    return saved
  }

  /// Types `text` and then Enter (to the next field).
  mutating func fill(_ text: String, on canvas: GridCanvas) {
    type(text, on: canvas)
    press(.enter, on: canvas)
  }
}

extension GridCanvas {
  /// The screen line holding `label` (a form row), or "" when none does.
  func line(with label: String) -> String {
    lines.first { $0.contains(label) } ?? ""
  }

  /// The lines after the one holding `label` (its message lines).
  func lines(after label: String, count: Int = 2) -> String {
    guard let index = lines.firstIndex(where: { $0.contains(label) }) else { return "" }
    return lines[(index + 1)...].prefix(count).joined(separator: "\n")
  }
}
