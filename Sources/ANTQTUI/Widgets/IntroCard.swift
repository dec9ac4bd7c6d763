import ANTQCore

/// The welcome of a first start on a folder: the five keys that matter, on one screen,
/// closed for good with Enter (or Space, or Esc).
public struct IntroCard: Sendable, Hashable {
  public let title: String
  public let lead: String
  public let keys: [HelpEntry]
  public let footer: String

  /// Catalog keys of the five keys and what they do.
  static let entries: [(keys: String, titleKey: String)] = [
    ("1…7", "ui.intro.screens"),
    ("↑ ↓ Enter", "ui.intro.open"),
    ("n  c", "ui.intro.new"),
    ("F2", "ui.intro.save"),
    ("Esc  ?", "ui.intro.back"),
  ]

  public init(catalog: Catalog) {
    title = catalog["ui.intro.title"]
    lead = catalog["ui.intro.lead"]
    keys = Self.entries.map { HelpEntry(keys: $0.keys, title: catalog[$0.titleKey]) }
    footer = catalog["ui.intro.footer"]
  }

  public func draw(into canvas: Canvas) {
    let width = min(70, canvas.columns - 4)
    let inner = width - 4
    let leadLines = lead.wrapped(to: inner)
    let keysWidth = keys.map(\.keys.displayWidth).max() ?? 0
    let entryLines = keys.map { entry in
      (
        "  " + entry.keys.padded(to: keysWidth) + "  ",
        entry.title.wrapped(to: inner - keysWidth - 4)
      )
    }
    let footerLines = footer.wrapped(to: inner)
    let height =
      leadLines.count + 1 + entryLines.reduce(0) { $0 + $1.1.count } + 1 + footerLines.count + 2
    let box = Rect.centered(width: width, height: min(height, canvas.rows - 2), in: canvas)
    guard box.width >= 20, box.height >= 6 else { return }
    canvas.fill(box)
    Box.draw(box, title: title, into: canvas)
    var row = box.row + 1
    let last = box.row + box.height - 1
    func line(_ text: String, column: Int, style: Style) {
      guard row < last else { return }
      canvas.put(text, row: row, column: column, style: style)
      row += 1
    }
    for text in leadLines { line(text, column: box.column + 2, style: .plain) }
    row += 1
    for (keys, titles) in entryLines {
      if row < last {
        canvas.put(keys, row: row, column: box.column + 2, style: StatusBar.keyStyle)
      }
      for text in titles { line(text, column: box.column + 2 + keysWidth + 4, style: .plain) }
    }
    row += 1
    for text in footerLines { line(text, column: box.column + 2, style: .hint) }
  }
}
