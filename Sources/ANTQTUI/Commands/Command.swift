/// Where a command applies. A command may apply in several scopes; `.global` means all.
/// Forms and prompts take typed text, so printable keys are never commands there.
public enum CommandScope: String, Sendable, CaseIterable, Hashable {
  case global, list, form, overlay, prompt, dialog, welcome
  /// Two versions of a record side by side.
  case conflict
  /// The one-screen introduction shown at the first start on a folder.
  case intro

  /// Whether typed characters are text input here rather than commands.
  public var takesText: Bool { self == .form || self == .prompt }
}

/// Groups of commands as the help overlay shows them, in this order.
public enum CommandGroup: String, Sendable, CaseIterable, Hashable {
  case screens, movement, records, view, form, editing, prompt, dialog, general

  /// Catalog key of the group heading.
  public var titleKey: String { "ui.help.group.\(rawValue)" }
}

/// Every command the program knows. The raw value is the name typed at the `:` prompt.
public enum CommandID: String, Sendable, CaseIterable, Hashable {
  case screen1 = "screen-1"
  case screen2 = "screen-2"
  case screen3 = "screen-3"
  case screen4 = "screen-4"
  case screen5 = "screen-5"
  case screen6 = "screen-6"
  case screen7 = "screen-7"
  case screen8 = "screen-8"
  case screen9 = "screen-9"
  case nextScreen = "next-screen"
  case previousScreen = "previous-screen"
  case up, down
  case pageUp = "page-up"
  case pageDown = "page-down"
  case home, end
  case open, back, new, edit, delete, filter
  /// Yearly classification or appraisal of the selected record.
  case assess
  /// Exemplar recognition of the selected model site.
  case recognize
  /// Shows the selected tip's sealed informant, after a reason recorded as a reveal.
  case revealIdentity = "reveal-identity"
  /// Switches a screen between its two tables (model types / sites, teams / members).
  case switchView = "switch-view"
  case nextSection = "next-section"
  case previousSection = "previous-section"
  case sortPrevious = "sort-previous"
  case sortNext = "sort-next"
  case flipSort = "flip-sort"
  case nextKind = "next-kind"
  case previousKind = "previous-kind"
  case previousYear = "previous-year"
  case nextYear = "next-year"
  case undo, help, prompt
  case export
  /// A list's column of numbers as a bar chart.
  case chart
  /// Reads a CSV list (members, areas, institutions, teams) into the province, after a preview.
  case importFile = "import"
  case switchLanguage = "language"
  case quit
  case nextField = "next-field"
  case previousField = "previous-field"
  case save
  case submit
  case complete
  case completePrevious = "complete-previous"
  case yes, no
  case keepMine = "keep-mine"
  case takeTheirs = "take-theirs"
  case editOn = "edit-on"
  /// Records two offices changed apart, to be decided.
  case conflicts
  case openDemo = "demo"
  case startEmpty = "new-province"
  /// A new record filled from the selected one (the same patrol, the next night).
  case copy
  /// The last notices of this session.
  case messages
  /// The admin's register of users (account, role, communes, password).
  case users
  /// The selected record's history: every change, who made it, when and why.
  case history
  /// Closes the first-start introduction for good.
  case gotIt = "got-it"
  /// A mouse click: selects the row or the field under it.
  case point
  case scrollUp = "scroll-up"
  case scrollDown = "scroll-down"
  // Editing a line of text (form fields, the prompt), as in readline.
  case charLeft = "char-left"
  case charRight = "char-right"
  case wordLeft = "word-left"
  case wordRight = "word-right"
  case lineStart = "line-start"
  case lineEnd = "line-end"
  case deleteBackward = "delete-backward"
  case deleteForward = "delete-forward"
  case deleteWordBackward = "delete-word-backward"
  case deleteToEnd = "delete-to-end"
  case deleteToStart = "delete-to-start"

  /// The commands that edit a line of text.
  public static let lineEditing: Set<CommandID> = [
    .charLeft, .charRight, .wordLeft, .wordRight, .lineStart, .lineEnd, .deleteBackward,
    .deleteForward, .deleteWordBackward, .deleteToEnd, .deleteToStart,
  ]

  /// Screen number 1…9 for the screen-jump commands, else nil.
  public var screenNumber: Int? {
    guard rawValue.hasPrefix("screen-"), let digit = rawValue.last?.wholeNumberValue else {
      return nil
    }
    return digit
  }

  /// The screen-jump command for screen `number` (1…9).
  public static func screen(_ number: Int) -> CommandID? {
    CommandID(rawValue: "screen-\(number)")
  }
}

/// One entry of the command table: what it is, its keys, its title and where it applies.
public struct Command: Sendable, Hashable {
  public let id: CommandID
  public let keys: [Key]
  /// Catalog key of the title shown in help, hints and the prompt.
  public let titleKey: String
  public let scopes: Set<CommandScope>
  public let group: CommandGroup
  /// Status-bar hint rank: 1 is kept longest when space runs out; nil = not a hint.
  public let hintRank: Int?

  public init(
    _ id: CommandID, keys: [Key], scopes: Set<CommandScope>, group: CommandGroup,
    hintRank: Int? = nil
  ) {
    self.id = id
    self.keys = keys
    self.titleKey = "cmd.\(id.rawValue)"
    self.scopes = scopes
    self.group = group
    self.hintRank = hintRank
  }

  public var isStatusHint: Bool { hintRank != nil }

  /// Whether the command applies in `scope` (global commands apply everywhere).
  public func applies(in scope: CommandScope) -> Bool {
    scopes.contains(.global) || scopes.contains(scope)
  }

  /// The keys that work in `scope`: printable keys are dropped where text is typed.
  public func keys(in scope: CommandScope) -> [Key] {
    guard applies(in: scope) else { return [] }
    guard scope.takesText else { return keys }
    return keys.filter { if case .text = $0 { return false } else { return true } }
  }

  /// The keys a person presses (mouse actions left out): for hints.
  public func keyboardKeys(in scope: CommandScope) -> [Key] {
    keys(in: scope).filter { if case .mouse = $0 { return false } else { return true } }
  }
}
