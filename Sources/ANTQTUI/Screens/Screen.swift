import ANTQCore

/// What a screen may ask the app to do after handling a command.
public enum ScreenOutcome {
  /// The screen did something (redraw).
  case handled
  /// Not a command of this screen: the app may handle it.
  case ignored
  /// Show this message in the status bar.
  case message(String)
  /// Open this form over the screen (new or edit).
  case openForm(any FormView)
  /// Ask `question`; on yes, record `change` (a delete, a classification…).
  case confirm(question: String, change: Change)
  /// Ask for a reason, then reveal this tip's informant.
  case reveal(tipID: String)
}

/// A screen of the console: it draws itself in the body rectangle and answers the
/// commands it lists. The app owns the frame (title, tab bar, status bar, overlays).
public protocol Screen {
  /// The screen's own commands (beyond screen switching, help, quit…): they are the
  /// only ones its help and hints show.
  var commands: Set<CommandID> { get }
  /// The line the status bar shows when there is no message ("148 bản ghi · lọc: …").
  func status(_ context: AppContext) -> String
  func draw(in rect: Rect, on canvas: Canvas, context: AppContext)
  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome
  /// The data, the year or the language changed: recompute what is shown.
  mutating func refresh(_ context: AppContext)
  /// The filter text typed after `/`; empty clears it. Lists only.
  mutating func setFilter(_ text: String, context: AppContext)
  var filter: String { get }
  /// Whether the screen has work it can do before a key asks for it (the rows of a view
  /// not on screen, search keys); the app gives it the time between keys.
  var hasIdleWork: Bool { get }
  /// Does a short piece of that work. A key pressed before it is all done still gets the
  /// right answer, only later.
  mutating func idle(_ context: AppContext)
  /// The list on screen as seen (its filter and sort, every column), for `:export` and
  /// `b`; nil where there is no list.
  func shownList(_ context: AppContext) -> ShownList?
  /// The record under the selection (or the record whose page this is), for its history
  /// (`h`); nil where there is none.
  func selectedRecord(_ context: AppContext) -> RecordKey?
  /// The kind of record the screen's new, edit and delete work on: the user's role decides
  /// whether they are offered.
  var editedKind: RecordKind? { get }
}

extension Screen {
  public mutating func setFilter(_ text: String, context: AppContext) {}
  public var filter: String { "" }
  public var hasIdleWork: Bool { false }
  public mutating func idle(_ context: AppContext) {}
  public func shownList(_ context: AppContext) -> ShownList? { nil }
  /// The list on screen with every cell, for `:export`.
  public func exportTable(_ context: AppContext) -> ExportTable? { shownList(context)?.table }
  public func selectedRecord(_ context: AppContext) -> RecordKey? { nil }
  public var editedKind: RecordKind? { nil }
}

extension ScreenOutcome {
  var isIgnored: Bool {
    if case .ignored = self { return true }
    return false
  }
}
