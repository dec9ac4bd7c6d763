import ANTQCore

/// The one-line input of the `:` command prompt, the `/` filter and every form field:
/// readline's editing keys (the `.editing` commands of the table); Tab / Shift-Tab cycle
/// through the names in `completions` that start with what was typed. Scrolls sideways
/// by display width.
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

  /// Handles a key: prompt and editing commands come from `table` (scope `.prompt`),
  /// typed and pasted text is inserted; any other key is ignored.
  public mutating func handle(_ key: Key, table: CommandTable = .standard) -> Outcome {
    if let command = table.command(for: key, in: .prompt) {
      switch command {
      case .submit: return .submit(text.nfc)
      case .back: return .cancel
      case .complete: complete(step: 1)
      case .completePrevious: complete(step: -1)
      case _ where CommandID.lineEditing.contains(command): apply(command)
      default: return .command(command)
      }
      return .editing
    }
    edit(key)
    return .editing
  }

  /// Applies a typed character or a paste (tabs and line breaks become spaces);
  /// any other key is ignored. Editing keys go through `apply`.
  public mutating func edit(_ key: Key) {
    switch key {
    case .text(let character): insert(String(character))
    case .paste(let pasted): insert(Self.oneLine(pasted))
    default: return
    }
  }

  /// `text` with tabs and line breaks as spaces (one space for CR LF).
  public static func oneLine(_ text: String) -> String {
    String(
      text.replacingOccurrences(of: "\r\n", with: " ").map {
        $0.isNewline || $0 == "\t" ? " " : $0
      })
  }

  /// Inserts `inserted` at the cursor.
  public mutating func insert(_ inserted: String) {
    cycle = nil
    guard !inserted.isEmpty else { return }
    let index = text.index(text.startIndex, offsetBy: cursor)
    let before = text.count
    text.insert(contentsOf: inserted, at: index)
    text = text.nfc
    // A combining mark may join the previous letter: move by what the text grew.
    cursor += text.count - before
  }

  /// Runs a line-editing command (readline's keys); false for any other command.
  @discardableResult
  public mutating func apply(_ command: CommandID) -> Bool {
    cycle = nil
    switch command {
    case .charLeft: cursor = max(0, cursor - 1)
    case .charRight: cursor = min(text.count, cursor + 1)
    case .wordLeft: cursor = wordStart(before: cursor)
    case .wordRight: cursor = wordEnd(after: cursor)
    case .lineStart: cursor = 0
    case .lineEnd: cursor = text.count
    case .deleteBackward: remove(max(0, cursor - 1)..<cursor)
    case .deleteForward: remove(cursor..<min(text.count, cursor + 1))
    case .deleteWordBackward:
      let characters = Array(text)
      var start = cursor
      while start > 0, characters[start - 1].isWhitespace { start -= 1 }
      while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
      remove(start..<cursor)
    case .deleteToEnd: remove(cursor..<text.count)
    case .deleteToStart: remove(0..<cursor)
    default: return false
    }
    return true
  }

  private mutating func remove(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    let lower = text.index(text.startIndex, offsetBy: range.lowerBound)
    let upper = text.index(lower, offsetBy: range.count)
    text.removeSubrange(lower..<upper)
    cursor = range.lowerBound
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  /// Alt-B: the start of the word before `position` (skipping what is between words).
  private func wordStart(before position: Int) -> Int {
    let characters = Array(text)
    var index = position
    while index > 0, !Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    while index > 0, Self.isWordCharacter(characters[index - 1]) { index -= 1 }
    return index
  }

  /// Alt-F: the end of the word after `position`.
  private func wordEnd(after position: Int) -> Int {
    let characters = Array(text)
    var index = position
    while index < characters.count, !Self.isWordCharacter(characters[index]) { index += 1 }
    while index < characters.count, Self.isWordCharacter(characters[index]) { index += 1 }
    return index
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
