import ANTQCore

/// Keys typed into one field: text, pastes and the line-editing commands of the table.
extension FormField {
  /// What typing did to the field.
  enum Typed: Equatable {
    case changed
    /// The key means nothing in this field.
    case ignored
    /// A paste longer than the field takes was cut to `limit` characters.
    case cut(limit: Int)
  }

  /// Most characters any one-line field takes; longer pastes are cut.
  static let defaultLimit = 200

  /// Characters the field takes at most.
  var limit: Int {
    switch kind {
    case .text(let limit), .notes(let limit, _): return limit
    default: return Self.defaultLimit
    }
  }

  /// Types a character or pastes text at the cursor. The first text typed on a field just
  /// entered replaces what was shown (highlighted until then).
  mutating func type(_ key: Key) -> Typed {
    if case .choice(let options) = kind { return choose(key, options) ? .changed : .ignored }
    if case .pick(let list) = kind, list.multiple, key == .text(","), !dropDown.isEmpty {
      accept(dropDown[min(highlight, dropDown.count - 1)])
      return .changed
    }
    var inserted: String
    var pasted = false
    switch key {
    case .text(let character): inserted = String(character)
    case .paste(let text):
      inserted = PromptLine.oneLine(text)
      pasted = true
    default: return .ignored
    }
    if fresh { setText("") }
    fresh = false
    // Typed text is kept even past the limit (the field then says it is too long); only a
    // paste is cut, so 10,000 pasted characters never land in a 200-character field.
    let room = max(0, limit - text.count)
    let cut = pasted && inserted.count > room
    if cut { inserted = String(inserted.prefix(room)) }
    change { $0.insert(inserted) }
    return cut ? .cut(limit: limit) : .changed
  }

  /// Runs a line-editing command. On a field just entered, a deleting key clears it.
  mutating func apply(_ command: CommandID) -> Typed {
    if case .choice(let options) = kind {
      guard command == .charLeft || command == .charRight else { return .ignored }
      return choose(command == .charLeft ? .left : .right, options) ? .changed : .ignored
    }
    guard CommandID.lineEditing.contains(command) else { return .ignored }
    let deletes: Set<CommandID> = [
      .deleteBackward, .deleteForward, .deleteWordBackward, .deleteToEnd, .deleteToStart,
    ]
    if fresh, deletes.contains(command) {
      fresh = false
      change { $0 = PromptLine(prefix: "") }
      return .changed
    }
    fresh = false
    change { $0.apply(command) }
    return .changed
  }

  private mutating func change(_ edit: (inout PromptLine) -> Void) {
    let before = line.text
    edit(&line)
    if line.text != before {
      touched = true
      highlight = 0
    }
  }

  /// Replaces what is being typed with `option` (the last part of a multiple pick).
  mutating func accept(_ option: FieldOption) {
    if let list = pickList, list.multiple {
      var parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
        String($0).trimmed
      }
      parts.removeLast()
      parts = parts.filter { !$0.isEmpty }
      setText((parts + [option.title]).joined(separator: ", ") + ", ")
    } else {
      setText(option.title)
    }
    touched = true
    fresh = false
    highlight = 0
  }

  /// ←/→ (and space) step through the values; a letter picks the next value starting
  /// with it, accents optional.
  private mutating func choose(_ key: Key, _ options: [FieldOption]) -> Bool {
    guard !options.isEmpty else { return false }
    let before = choice
    switch key {
    case .left: choice = (choice + options.count - 1) % options.count
    case .right, .text(" "): choice = (choice + 1) % options.count
    case .text(let character):
      let letter = String(character).folded
      let order = (1...options.count).map { (choice + $0) % options.count }
      guard let next = order.first(where: { options[$0].folded.hasPrefix(letter) }) else {
        return true
      }
      choice = next
    default: return false
    }
    if choice != before { touched = true }
    return true
  }
}
