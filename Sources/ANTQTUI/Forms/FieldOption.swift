import ANTQCore

/// One value a choice or pick-list field offers: the id stored and the title shown.
struct FieldOption: Hashable, Sendable {
  let id: String
  let title: String
  /// The title folded (lower case, no accents) for filtering as the clerk types.
  let folded: String

  init(id: String, title: String) {
    self.id = id
    self.title = title
    self.folded = title.folded
  }
}

/// The options of a pick-list field, filtered as the clerk types, accents optional.
/// `wider` are values the list does not offer but a typed name may still name (a team of
/// another commune): the form then says why that value is wrong instead of "not found".
struct PickList: Sendable {
  var options: [FieldOption]
  var wider: [FieldOption] = []
  /// Several values, separated by commas ("Thôn 1, Thôn 3").
  var multiple = false

  /// The options matching `typed`: every typed word is found in the title, titles that
  /// start with the typed text first.
  func matches(_ typed: String) -> [FieldOption] {
    let folded = typed.folded.trimmed
    guard !folded.isEmpty else { return options }
    let words = folded.split(separator: " ")
    let found = options.filter { option in words.allSatisfy { option.folded.contains($0) } }
    let first = found.filter { $0.folded.hasPrefix(folded) }
    return first + found.filter { !$0.folded.hasPrefix(folded) }
  }

  /// The option a typed name stands for: the one with that exact title (accents
  /// optional), else the only match; nil when none or several.
  func resolve(_ typed: String) -> FieldOption? {
    let folded = typed.folded.trimmed
    guard !folded.isEmpty else { return nil }
    for pool in [options, wider] {
      if let exact = pool.first(where: { $0.folded == folded }) { return exact }
    }
    let found = matches(typed)
    return found.count == 1 ? found[0] : nil
  }
}
