import ANTQCore

/// A screen with two tables, e.g. model types and all their sites: `v` (switch view)
/// shows the other one. Each keeps its own selection, sort and filter.
struct TwoViews: Screen {
  private var views: [any Screen]
  private(set) var showing = 0
  /// Whether the view not on screen has rows for the current data, year and language.
  private var otherIsFresh = false

  init(_ first: any Screen, _ second: any Screen) {
    views = [first, second]
  }

  var commands: Set<CommandID> { views[showing].commands.union([.switchView]) }
  var filter: String { views[showing].filter }

  func status(_ context: AppContext) -> String { views[showing].status(context) }

  func shownList(_ context: AppContext) -> ShownList? {
    views[showing].shownList(context)
  }

  func selectedRecord(_ context: AppContext) -> RecordKey? {
    views[showing].selectedRecord(context)
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    views[showing].draw(in: rect, on: canvas, context: context)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    let outcome = views[showing].handle(command, in: rect, context: context)
    guard outcome.isIgnored, command == .switchView else { return outcome }
    showing = 1 - showing
    if !otherIsFresh { views[showing].refresh(context) }
    otherIsFresh = true
    return .handled
  }

  /// Only the table on screen is recomputed; the other is in idle time or when shown.
  mutating func refresh(_ context: AppContext) {
    views[showing].refresh(context)
    otherIsFresh = false
  }

  var hasIdleWork: Bool { !otherIsFresh || views.contains { $0.hasIdleWork } }

  /// The other view's rows first, then the shown view's own work, then the other's.
  mutating func idle(_ context: AppContext) {
    if !otherIsFresh {
      views[1 - showing].refresh(context)
      otherIsFresh = true
    } else if let next = [showing, 1 - showing].first(where: { views[$0].hasIdleWork }) {
      views[next].idle(context)
    }
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    views[showing].setFilter(text, context: context)
  }
}
