/// The edge of the app: reads keys from the terminal, hands them to the app and paints
/// the result with one screen update per batch of input.
public enum ConsoleLoop {
  /// Runs until the app asks to quit. Keys already waiting are handled before drawing,
  /// so holding a key down never queues up redraws.
  public static func run(_ app: inout App, session: TerminalSession) {
    let canvas = session.canvas
    app.draw(on: canvas)
    session.present()
    while !session.isEnded {
      guard var key = session.readKey(timeoutMilliseconds: nil) else { continue }
      while true {
        if app.handle(key, on: canvas).contains(.quit) { return }
        guard let next = session.readKey(timeoutMilliseconds: 0) else { break }
        key = next
      }
      app.draw(on: canvas)
      session.present()
    }
  }
}
