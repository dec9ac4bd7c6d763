import ANTQCore

/// What a field holds and how it is typed.
enum FieldKind {
  /// One line of text, at most `limit` characters.
  case text(limit: Int)
  /// Free text shown wrapped over `lines` rows.
  case notes(limit: Int, lines: Int)
  /// A date: `29/11/2026`, `29/11`, `hôm nay`, `hôm qua`…
  case date
  /// A time: `19:30`, `1930`, `19h30`; with `nextDay`, `02:00+1` too.
  case time(nextDay: Bool)
  /// A whole number, 0 or more.
  case count
  /// One of a few values: ←/→ or the first letter.
  case choice([FieldOption])
  /// A value (or several) picked from a list filtered as you type.
  case pick(PickList)
}

/// One labelled field of a form: its kind, what was typed, and the message about it.
/// Everything typed stays in `line` whatever the message says.
struct FormField {
  let id: String
  let labelKey: String
  /// What is expected, shown at the foot of the form while the field has focus.
  var hintKey: String?
  var kind: FieldKind
  var required: Bool
  /// Hidden fields are skipped and not checked (the informant of an anonymous tip).
  var hidden = false
  /// A password: drawn as one `*` a character, never in clear.
  var secret = false
  /// What was typed, for every kind but `choice`.
  var line: PromptLine
  /// The index of the chosen option of a `choice`.
  var choice = 0
  /// What is wrong, in the user's language; nil when fine or not yet checked.
  var message: String?
  /// The clerk changed this field.
  var touched = false
  /// Focus just arrived on a filled field: the first typed character replaces the text.
  var fresh = false
  /// The highlighted row of the pick-list's drop-down.
  var highlight = 0

  init(
    _ id: String, label: String, kind: FieldKind, text: String = "", required: Bool = false,
    hint: String? = nil
  ) {
    self.id = id
    self.labelKey = label
    self.kind = kind
    self.required = required
    self.hintKey = hint
    self.line = PromptLine(prefix: "", text: text)
  }

  var text: String { line.text }

  mutating func setText(_ text: String) {
    line = PromptLine(prefix: "", text: text)
  }

  /// Rows the input takes (notes take several).
  var inputRows: Int {
    if case .notes(_, let lines) = kind { return lines }
    return 1
  }

  var options: [FieldOption] {
    switch kind {
    case .choice(let options): return options
    case .pick(let list): return list.options
    default: return []
    }
  }

  var pickList: PickList? {
    if case .pick(let list) = kind { return list }
    return nil
  }

  /// The text the drop-down filters by: the part after the last comma in a multiple pick.
  var pickStem: String {
    guard let list = pickList, list.multiple else { return text }
    return text.split(separator: ",", omittingEmptySubsequences: false).last.map(String.init)
      ?? ""
  }

  /// The drop-down's rows while this field has focus; empty when it has nothing to offer
  /// (nothing typed, or the text already names an option).
  var dropDown: [FieldOption] {
    guard let list = pickList, !fresh else { return [] }
    let stem = pickStem.trimmed
    if stem.isEmpty { return [] }
    if list.options.contains(where: { $0.folded == stem.folded }) { return [] }
    return list.matches(stem)
  }
}
