import ANTQCore

/// The `?` / F1 box: every command of the current scope with its keys and title, grouped,
/// generated from the command table. In two columns when the list is longer than the
/// screen and the width allows; scrolls with the movement keys when it still does not fit.
/// The same box shows plain text too (`:messages`).
public struct HelpOverlay: Sendable {
  public typealias Line = (text: String, style: Style)

  public let title: String
  public let sections: [HelpSection]
  /// Plain lines instead of sections (the notices of `:messages`, a list's chart), made
  /// only as they are drawn: a chart of a big list has thousands of lines.
  private let text: TextLines?
  private let closeHint: String
  private let scrollHint: String
  /// First content line shown.
  public private(set) var scroll = 0
  static let columnGap = 3

  public init(table: CommandTable = .standard, scope: CommandScope, catalog: Catalog) {
    title = catalog["ui.help.title"]
    sections = table.helpSections(in: scope, catalog: catalog)
    text = nil
    closeHint = catalog["ui.help.close"]
    scrollHint = catalog["ui.help.scroll"]
  }

  /// A box of plain lines, scrolled to its end on `canvas` when given (the newest last).
  public init(title: String, text: [String], catalog: Catalog, scrolledToEnd canvas: Canvas? = nil)
  {
    self.init(title: title, lines: TextLines(text), catalog: catalog, scrolledToEnd: canvas)
  }

  /// A box of lines made as they are drawn.
  public init(
    title: String, lines: TextLines, catalog: Catalog, scrolledToEnd canvas: Canvas? = nil
  ) {
    self.title = title
    sections = []
    text = lines
    closeHint = catalog["ui.help.close"]
    scrollHint = catalog["ui.help.scroll"]
    if let canvas { scroll = max(0, lines.count - visibleRows(on: canvas)) }
  }

  /// The content in one column: headings, "  keys   title" lines, blank separators.
  public var lines: [Line] {
    if let text { return (0..<text.count).map { (text[$0], .plain) } }
    return columns(1).first ?? []
  }

  /// The sections split into `count` columns at section boundaries, about evenly.
  private func columns(_ count: Int) -> [[Line]] {
    let keysWidth = sections.flatMap(\.entries).map(\.keys.displayWidth).max() ?? 0
    let blocks = sections.map { section -> [Line] in
      [(section.title, .title)]
        + section.entries.map { ("  " + $0.keys.padded(to: keysWidth) + "  " + $0.title, .plain) }
    }
    func joined(_ blocks: ArraySlice<[Line]>) -> [Line] {
      var lines: [Line] = []
      for block in blocks {
        if !lines.isEmpty { lines.append(("", .plain)) }
        lines += block
      }
      return lines
    }
    guard count == 2, blocks.count > 1 else { return [joined(blocks[...])] }
    let total = joined(blocks[...]).count
    var split = 1
    var best = Int.max
    for candidate in 1..<blocks.count {
      let left = joined(blocks[..<candidate]).count
      let right = joined(blocks[candidate...]).count
      if max(left, right) < best {
        best = max(left, right)
        split = candidate
      }
      if left >= total / 2 { break }
    }
    return [joined(blocks[..<split]), joined(blocks[split...])]
  }

  /// The columns used on `canvas`: two when one would scroll and both fit side by side.
  private func layout(on canvas: Canvas) -> (columns: [Column], width: Int) {
    if let text { return ([Column(count: text.count) { (text[$0], .plain) }], text.width) }
    let one = columns(1)
    let oneWidth = one[0].map(\.text.displayWidth).max() ?? 0
    if one[0].count + 3 > canvas.rows - 2 {
      let two = columns(2)
      let width = two.flatMap { $0 }.map(\.text.displayWidth).max() ?? 0
      if two.count == 2, 2 * width + Self.columnGap + 4 <= canvas.columns - 2 {
        return (two.map(Column.init), width)
      }
    }
    return ([Column(one[0])], oneWidth)
  }

  /// One column of the content, its lines made as they are drawn.
  private struct Column {
    let count: Int
    let line: (Int) -> Line

    init(count: Int, line: @escaping (Int) -> Line) {
      self.count = count
      self.line = line
    }

    init(_ lines: [Line]) { self.init(count: lines.count) { lines[$0] } }
  }

  /// The box on `canvas`: content width plus border and margins, at most the canvas less 2.
  public func frame(on canvas: Canvas) -> Rect {
    let (columns, width) = layout(on: canvas)
    let contentWidth = max(
      width * columns.count + Self.columnGap * (columns.count - 1), title.displayWidth + 4,
      footer(scrollable: true).displayWidth)
    let height = columns.map(\.count).max() ?? 0
    return Rect.centered(
      width: min(contentWidth + 4, canvas.columns - 2), height: min(height + 3, canvas.rows - 2),
      in: canvas)
  }

  /// Content lines that fit in the box on `canvas`.
  public func visibleRows(on canvas: Canvas) -> Int { max(0, frame(on: canvas).height - 3) }

  /// Scrolls for a movement command; returns false for any other command.
  public mutating func apply(_ command: CommandID, on canvas: Canvas) -> Bool {
    let page = max(1, visibleRows(on: canvas))
    let height = layout(on: canvas).columns.map(\.count).max() ?? 0
    let last = max(0, height - page)
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
    let (columns, width) = layout(on: canvas)
    let height = columns.map(\.count).max() ?? 0
    let page = box.height - 3
    let top = max(0, min(scroll, height - page))
    let inner = Rect(row: box.row + 1, column: box.column + 2, width: box.width - 4, height: page)
    for (number, lines) in columns.enumerated() {
      let column = inner.column + number * (width + Self.columnGap)
      let room = inner.column + inner.width - column
      guard room > 0, top < lines.count else { continue }
      for index in top..<min(lines.count, top + page) {
        let line = lines.line(index)
        canvas.put(
          line.text.clipped(to: room), row: inner.row + index - top, column: column,
          style: line.style)
      }
    }
    canvas.put(
      footer(scrollable: height > page), row: box.row + box.height - 2, column: inner.column,
      width: inner.width, style: .hint, alignment: .right)
  }

  private func footer(scrollable: Bool) -> String {
    scrollable ? scrollHint + " · " + closeHint : closeHint
  }
}

/// Lines of text made one by one as they are shown, with the widest one's width known
/// beforehand (a box is laid out without making them all).
public struct TextLines: Sendable {
  public let count: Int
  public let width: Int
  private let make: @Sendable (Int) -> String

  public init(count: Int, width: Int, line: @escaping @Sendable (Int) -> String) {
    self.count = count
    self.width = width
    make = line
  }

  /// Lines already made, measured once.
  public init(_ lines: [String]) {
    self.init(count: lines.count, width: lines.map(\.displayWidth).max() ?? 0) { lines[$0] }
  }

  public subscript(index: Int) -> String { make(index) }

  /// `first`'s lines, then `second`'s.
  public static func + (first: TextLines, second: TextLines) -> TextLines {
    TextLines(count: first.count + second.count, width: max(first.width, second.width)) {
      $0 < first.count ? first[$0] : second[$0 - first.count]
    }
  }
}
