import ANTQCore

/// The one-line input of the `:` command prompt and the `/` filter: insert, Backspace,
/// Delete, ←/→, Home/End, Ctrl-A/Ctrl-E; Tab / Shift-Tab cycle through the names in
/// `completions` that start with what was typed. Scrolls sideways by display width.
public struct PromptLine: Sendable, Hashable {
  /// What a key did.
  public enum Outcome: Sendable, Hashable {
    /// The text or cursor changed (or the key was ignored): redraw.
    case editing
    /// Enter: run this text (NFC).
    case submit(String)
    /// Esc: close the prompt.
    case cancel
    /// Another command that applies while the prompt is open (e.g. help on F1).
    case command(CommandID)
  }

  /// Shown before the text: ":" or "/".
  public let prefix: String
  public private(set) var text: String
  /// Cursor position in grapheme clusters, 0...text.count.
  public private(set) var cursor: Int
  public var completions: [String]
  /// The typed stem and the index of the match shown, while Tab is cycling.
  private var cycle: (stem: String, index: Int)?

  public init(prefix: String, text: String = "", completions: [String] = []) {
    self.prefix = prefix
    self.text = text.nfc
    self.cursor = self.text.count
    self.completions = completions
  }

  public static func == (lhs: PromptLine, rhs: PromptLine) -> Bool {
    lhs.prefix == rhs.prefix && lhs.text == rhs.text && lhs.cursor == rhs.cursor
      && lhs.completions == rhs.completions
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(prefix)
    hasher.combine(text)
    hasher.combine(cursor)
  }

  /// Handles a key: prompt commands come from `table` (scope `.prompt`), other keys edit.
  public mutating func handle(_ key: Key, table: CommandTable = .standard) -> Outcome {
    if let command = table.command(for: key, in: .prompt) {
      switch command {
      case .submit: return .submit(text.nfc)
      case .back: return .cancel
      case .complete: complete(step: 1)
      case .completePrevious: complete(step: -1)
      default: return .command(command)
      }
      return .editing
    }
    edit(key)
    return .editing
  }

  /// Applies an editing key; anything else is ignored.
  public mutating func edit(_ key: Key) {
    cycle = nil
    switch key {
    case .text(let character):
      let index = text.index(text.startIndex, offsetBy: cursor)
      let before = text.count
      text.insert(character, at: index)
      text = text.nfc
      // A combining mark may join the previous letter: move by what the text grew.
      cursor += text.count - before
    case .backspace:
      guard cursor > 0 else { return }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
      cursor -= 1
    case .delete:
      guard cursor < text.count else { return }
      text.remove(at: text.index(text.startIndex, offsetBy: cursor))
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(text.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = text.count
    default: return
    }
  }

  /// Replaces the text with the next (or previous) completion of the typed stem.
  public mutating func complete(step: Int) {
    let stem = cycle?.stem ?? text
    let folded = stem.folded
    let matches = completions.filter { $0.folded.hasPrefix(folded) }
    guard !matches.isEmpty else { return }
    var index: Int
    if let cycle {
      index = ((cycle.index + step) % matches.count + matches.count) % matches.count
    } else {
      index = step > 0 ? 0 : matches.count - 1
    }
    if matches.count == 1 { index = 0 }
    text = matches[index]
    cursor = text.count
    cycle = (stem, index)
  }

  /// Draws on `row` in `width` columns; returns the screen column of the cursor.
  /// When the text is wider than the space, it scrolls so the cursor stays in view.
  @discardableResult
  public func draw(row: Int, column: Int = 0, width: Int, into canvas: Canvas) -> Int {
    canvas.put("", row: row, column: column, width: width, style: .plain)
    let prefixWidth = prefix.displayWidth
    canvas.put(prefix.clipped(to: width), row: row, column: column, style: .title)
    let room = width - prefixWidth
    guard room > 0 else { return column + width - 1 }
    let characters = Array(text)
    let start = firstVisible(characters, room: room)
    var x = column + prefixWidth
    var cursorColumn = x
    for index in start...characters.count {
      let isCursor = index == cursor
      if isCursor { cursorColumn = x }
      let shown = index < characters.count ? String(characters[index]) : " "
      let width = DisplayWidth.of(shown)
      guard x + width <= column + prefixWidth + room else { break }
      canvas.put(shown, row: row, column: x, style: isCursor ? .selected : .plain)
      x += width
    }
    return cursorColumn
  }

  /// The first character to show so the cursor (plus its one-column block) fits in `room`.
  private func firstVisible(_ characters: [Character], room: Int) -> Int {
    var used = 1  // the cursor block itself
    if cursor < characters.count { used = DisplayWidth.of(characters[cursor]) }
    var start = cursor
    while start > 0 {
      let width = DisplayWidth.of(characters[start - 1])
      if used + width > room { break }
      used += width
      start -= 1
    }
    return start
  }
}
