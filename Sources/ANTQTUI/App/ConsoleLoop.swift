import ANTQCore

/// The edge of the app: reads keys from the terminal, hands them to the app, records the
/// changes it asks for and paints the result with one screen update per batch of input.
public enum ConsoleLoop {
  /// What the loop needs from the data folder. Failures come back in the user's words.
  public struct Edge {
    /// Records a change durably; nil when saved, else why not.
    public var record: (Change) -> String?
    /// The province with `year`'s records loaded too, or why it could not be read.
    public var loadYear: (Int) -> Result<ProvinceData, EdgeFailure>
    /// Writes an exported list whole (temporary file, then rename); the path, or why not.
    public var export: (ExportRequest) -> Result<String, EdgeFailure> = { _ in
      .failure(EdgeFailure("export is not available here"))
    }

    public init(
      record: @escaping (Change) -> String?,
      loadYear: @escaping (Int) -> Result<ProvinceData, EdgeFailure>
    ) {
      self.record = record
      self.loadYear = loadYear
    }
  }

  /// A failure already put in the user's words.
  public struct EdgeFailure: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
  }

  /// Runs until the app asks to quit. Keys already waiting are handled before drawing,
  /// so holding a key down never queues up redraws; between keys, screens not on view
  /// compute their rows so that switching to them is instant, and the terminal's size is
  /// checked twice a second in case a resize signal was missed.
  public static func run(_ app: inout App, session: TerminalSession, edge: Edge) {
    let canvas = session.canvas
    present(app, session)
    while !session.isEnded {
      guard var key = session.readKey(timeoutMilliseconds: app.hasIdleWork ? 0 : 500) else {
        app.idle()
        if session.syncSize() { present(app, session) }
        continue
      }
      while true {
        for effect in app.handle(key, on: canvas) {
          switch effect {
          case .quit: return
          case .save(let change):
            if let failure = edge.record(change) {
              app.saveFailed(failure)
            } else {
              app.didSave(change)
            }
          case .loadYear(let year):
            present(app, session)
            switch edge.loadYear(year) {
            case .success(let data): app.yearLoaded(year, data: data)
            case .failure(let failure): app.yearLoadFailed(failure.message)
            }
          case .export(let request):
            switch edge.export(request) {
            case .success(let path): app.exported(path: path, rows: request.rows)
            case .failure(let failure): app.exportFailed(failure.message)
            }
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
