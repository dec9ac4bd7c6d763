import ANTQCore

#if canImport(Glibc)
  import Glibc
#endif

/// The edge of the app: reads keys from the terminal and the other consoles' changes from the
/// data folder, hands both to the app as actions, runs the effects it asks for and paints the
/// result with one screen update per batch of input.
public enum ConsoleLoop {
  /// What the loop needs from the data folder. Every answer is an action for the app.
  public struct Edge {
    /// Records a change durably over the version the edit was based on.
    public var record: (Change, ChangeID?, [ChangeID]) -> Action
    /// The province with `year`'s records loaded too, or why it could not be read.
    public var loadYear: (Int) -> Action
    /// Other consoles' changes since the last look, if any (cheap when there are none).
    public var refresh: () -> [Action]
    /// A descriptor that becomes readable when the folder may hold other consoles' changes
    /// (inotify); nil where there is none: then the folder is looked at five times a second.
    public var changeDescriptor: () -> Int32? = { nil }
    /// Remembers that this user has seen the first-start welcome.
    public var introSeen: () -> Void = {}
    /// Writes an exported list whole (temporary file, then rename).
    public var export: (ExportRequest) -> Action = { _ in .exportFailed("—") }
    /// A record's history from every journal of the folder.
    public var history: (RecordKey) -> Action = { key in .historyLoaded(key, []) }
    /// Records a reveal of a tip's informant (tip id, reason), then opens it.
    public var reveal: (String, String) -> Action = { _, _ in .revealRefused("—") }
    /// Reads and checks a CSV file for `:import`; records an import.
    public var planImport: (String) -> Action = { _ in .importFailed("—") }
    public var commitImport: ([Change], String) -> Action = { _, _ in .importFailed("—") }

    public init(
      record: @escaping (Change, ChangeID?, [ChangeID]) -> Action,
      loadYear: @escaping (Int) -> Action, refresh: @escaping () -> [Action] = { [] }
    ) {
      self.record = record
      self.loadYear = loadYear
      self.refresh = refresh
    }
  }

  /// How often the data folder is looked at for other consoles' changes when it cannot be
  /// watched, and while keys keep coming.
  static let refreshMilliseconds = 200
  /// How often it is looked at all the same when it is watched: a safety net for a change
  /// the watch missed.
  static let safetyNetMilliseconds = 1000

  /// Runs until the app asks to quit. Keys already waiting are handled before drawing,
  /// so holding a key down never queues up redraws; between keys, screens not on view
  /// compute their rows so that switching to them is instant, the data folder is looked at
  /// for other consoles' changes (as soon as its watch fires, else five times a second), and
  /// the terminal's size is checked in case a resize signal was missed.
  public static func run(_ app: inout App, session: TerminalSession, edge: Edge) {
    let canvas = session.canvas
    present(app, session)
    var lastLook = monotonicMilliseconds()
    func look() -> Bool {
      lastLook = monotonicMilliseconds()
      var changed = false
      for action in edge.refresh() {
        _ = app.update(action, on: canvas)
        changed = true
      }
      return changed
    }
    while !session.isEnded {
      let watch = app.hasIdleWork ? nil : edge.changeDescriptor()
      let every = watch == nil ? refreshMilliseconds : safetyNetMilliseconds
      let wait = app.hasIdleWork ? 0 : max(0, every - (monotonicMilliseconds() - lastLook))
      var noticed = false
      var next = session.readKey(timeoutMilliseconds: watch == nil ? wait : 0)
      if next == nil, let watch {
        noticed = waitForInput(session.inputDescriptor, or: watch, milliseconds: wait)
        if !noticed { next = session.readKey(timeoutMilliseconds: 0) }
      }
      guard var key = next else {
        app.idle()
        var redraw = session.syncSize()
        if noticed || monotonicMilliseconds() - lastLook >= every { redraw = look() || redraw }
        if redraw { present(app, session) }
        continue
      }
      while true {
        if perform(app.update(.key(key), on: canvas), &app, session: session, edge: edge) {
          return
        }
        guard let next = session.readKey(timeoutMilliseconds: 0) else { break }
        key = next
      }
      if monotonicMilliseconds() - lastLook >= refreshMilliseconds { _ = look() }
      present(app, session)
    }
  }

  /// Waits until a key or the watch is readable, or the time is up (a signal such as a
  /// resize ends the wait too). True when the watch fired.
  private static func waitForInput(_ keys: Int32, or watch: Int32, milliseconds: Int) -> Bool {
    var descriptors = [
      pollfd(fd: keys, events: Int16(POLLIN), revents: 0),
      pollfd(fd: watch, events: Int16(POLLIN), revents: 0),
    ]
    guard poll(&descriptors, 2, Int32(clamping: milliseconds)) > 0 else { return false }
    return descriptors[1].revents != 0
  }

  /// Runs the effects; true when the app asked to quit.
  private static func perform(
    _ effects: [Effect], _ app: inout App, session: TerminalSession, edge: Edge
  ) -> Bool {
    for effect in effects {
      switch effect {
      case .quit: return true
      case .introSeen: edge.introSeen()
      case .save(let change, let base, let settles):
        if change.kind == .user { present(app, session) }
        _ = app.update(edge.record(change, base, settles), on: session.canvas)
      case .loadYear(let year):
        present(app, session)
        _ = app.update(edge.loadYear(year), on: session.canvas)
      case .export(let request):
        _ = app.update(edge.export(request), on: session.canvas)
      case .loadHistory(let key):
        _ = app.update(edge.history(key), on: session.canvas)
      case .reveal(let tipID, let reason):
        present(app, session)
        _ = app.update(edge.reveal(tipID, reason), on: session.canvas)
      case .planImport(let text):
        present(app, session)
        _ = app.update(edge.planImport(text), on: session.canvas)
      case .commitImport(let changes, let file):
        present(app, session)
        _ = app.update(edge.commitImport(changes, file), on: session.canvas)
      }
    }
    return false
  }

  private static func present(_ app: App, _ session: TerminalSession) {
    if let cursor = app.draw(on: session.canvas) {
      session.canvas.showCursor(row: cursor.row, column: cursor.column)
    } else {
      session.canvas.hideCursor()
    }
    session.present()
  }

  static func monotonicMilliseconds() -> Int {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
  }
}
