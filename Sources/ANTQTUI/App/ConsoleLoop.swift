import ANTQCore

/// The edge of the app: reads keys from the terminal, hands them to the app, records the
/// changes it asks for and paints the result with one screen update per batch of input.
public enum ConsoleLoop {
  /// Records a change durably; returns nil when saved, else the reason in the user's words.
  public typealias Recorder = (Change) -> String?

  /// Runs until the app asks to quit. Keys already waiting are handled before drawing,
  /// so holding a key down never queues up redraws; between keys, screens not on view
  /// compute their rows so that switching to them is instant.
  public static func run(_ app: inout App, session: TerminalSession, record: Recorder) {
    let canvas = session.canvas
    present(app, session)
    while !session.isEnded {
      guard var key = session.readKey(timeoutMilliseconds: app.hasIdleWork ? 0 : nil) else {
        app.idle()
        continue
      }
      while true {
        for effect in app.handle(key, on: canvas) {
          switch effect {
          case .quit: return
          case .save(let change):
            if let failure = record(change) { app.saveFailed(failure) } else { app.didSave(change) }
          }
        }
        guard let next = session.readKey(timeoutMilliseconds: 0) else { break }
        key = next
      }
      present(app, session)
    }
  }

  private static func present(_ app: App, _ session: TerminalSession) {
    if let cursor = app.draw(on: session.canvas) {
      session.canvas.showCursor(row: cursor.row, column: cursor.column)
    } else {
      session.canvas.hideCursor()
    }
    session.present()
  }
}
