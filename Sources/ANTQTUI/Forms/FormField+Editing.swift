import ANTQCore

/// Keys typed into one field.
extension FormField {
  /// Applies `key`; false when it means nothing here.
  mutating func edit(_ key: Key) -> Bool {
    if case .choice(let options) = kind { return choose(key, options) }
    if case .pick(let list) = kind, list.multiple, key == .text(","), !dropDown.isEmpty {
      accept(dropDown[min(highlight, dropDown.count - 1)])
      return true
    }
    switch key {
    case .text, .backspace, .delete:
      if fresh {
        // The first key on a filled field replaces (or clears) what was there.
        setText("")
        if key == .backspace || key == .delete {
          fresh = false
          touched = true
          return true
        }
      }
    case .left, .right, .home, .end, .control("a"), .control("e"): break
    default: return false
    }
    fresh = false
    let before = line
    line.edit(key)
    if line.text != before.text {
      touched = true
      highlight = 0
    }
    return true
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
