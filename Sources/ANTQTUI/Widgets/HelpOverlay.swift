import ANTQCore

/// The `?` / F1 box: every command of the current scope with its keys and title, grouped,
/// generated from the command table. Scrolls with the movement keys when it does not fit.
public struct HelpOverlay: Sendable {
  public let title: String
  public let sections: [HelpSection]
  private let closeHint: String
  private let scrollHint: String
  /// First content line shown.
  public private(set) var scroll = 0

  public init(table: CommandTable = .standard, scope: CommandScope, catalog: Catalog) {
    title = catalog["ui.help.title"]
    sections = table.helpSections(in: scope, catalog: catalog)
    closeHint = catalog["ui.help.close"]
    scrollHint = catalog["ui.help.scroll"]
  }

  /// The content, one entry per line: headings, "  keys   title" lines, blank separators.
  public var lines: [(text: String, style: Style)] {
    let keysWidth = sections.flatMap(\.entries).map(\.keys.displayWidth).max() ?? 0
    var lines: [(text: String, style: Style)] = []
    for section in sections {
      if !lines.isEmpty { lines.append(("", .plain)) }
      lines.append((section.title, .title))
      for entry in section.entries {
        lines.append(("  " + entry.keys.padded(to: keysWidth) + "  " + entry.title, .plain))
      }
    }
    return lines
  }

  /// The box on `canvas`: content width plus border and margins, at most the canvas less 2.
  public func frame(on canvas: Canvas) -> Rect {
    let lines = self.lines
    let contentWidth = max(
      lines.map(\.text.displayWidth).max() ?? 0, title.displayWidth + 4,
      footer(scrollable: true).displayWidth)
    return Rect.centered(
      width: min(contentWidth + 4, canvas.columns - 2),
      height: min(lines.count + 3, canvas.rows - 2),
      in: canvas)
  }

  /// Content lines that fit in the box on `canvas`.
  public func visibleRows(on canvas: Canvas) -> Int { max(0, frame(on: canvas).height - 3) }

  /// Scrolls for a movement command; returns false for any other command.
  public mutating func apply(_ command: CommandID, on canvas: Canvas) -> Bool {
    let page = max(1, visibleRows(on: canvas))
    let last = max(0, lines.count - page)
    switch command {
    case .up: scroll -= 1
    case .down: scroll += 1
    case .pageUp: scroll -= page
    case .pageDown: scroll += page
    case .home: scroll = 0
    case .end: scroll = last
    default: return false
    }
    scroll = max(0, min(scroll, last))
    return true
  }

  public func draw(into canvas: Canvas) {
    let box = frame(on: canvas)
    guard box.width >= 6, box.height >= 4 else { return }
    Box.draw(box, title: title, into: canvas)
    let lines = self.lines
    let page = box.height - 3
    let top = max(0, min(scroll, lines.count - page))
    let inner = Rect(row: box.row + 1, column: box.column + 2, width: box.width - 4, height: page)
    for (offset, line) in lines[top..<min(lines.count, top + page)].enumerated() {
      canvas.put(
        line.text.clipped(to: inner.width), row: inner.row + offset, column: inner.column,
        style: line.style)
    }
    let scrollable = lines.count > page
    canvas.put(
      footer(scrollable: scrollable), row: box.row + box.height - 2, column: inner.column,
      width: inner.width, style: .hint, alignment: .right)
  }

  private func footer(scrollable: Bool) -> String {
    scrollable ? scrollHint + " · " + closeHint : closeHint
  }
}
