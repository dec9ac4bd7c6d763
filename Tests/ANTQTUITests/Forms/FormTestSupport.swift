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

  /// Moves down the form until the field labelled `label` has the focus (at most 40 fields).
  mutating func focus(_ label: String, on canvas: GridCanvas) {
    for _ in 0..<40 where canvas.line(with: "▸ " + label).isEmpty {
      press(.down, on: canvas)
    }
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
