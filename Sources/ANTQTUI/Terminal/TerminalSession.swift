import CNcursesw
import Foundation

/// Rows and columns of the screen.
public struct TerminalSize: Hashable, Sendable {
  public var rows: Int
  public var columns: Int

  public init(rows: Int, columns: Int) {
    self.rows = rows
    self.columns = columns
  }
}

/// The one full-screen ncurses session of the process: sets the terminal up, reads
/// keys, presents what the canvas drew, and restores the terminal on every exit path.
public final class TerminalSession {
  /// Where widgets draw; shown on the terminal by `present()`.
  public private(set) lazy var canvas = NcursesCanvas(session: self)
  /// The screen size, updated when `readKey` returns `.resize`.
  public private(set) var size: TerminalSize
  /// True when styles are drawn with attributes only (no colours, or NO_COLOR set).
  public var isMonochrome: Bool { palette.isMonochrome }
  /// How bars are drawn here: ASCII on a terminal without colours or without UTF-8.
  public let chartGlyphs: ChartGlyphs
  /// True once `end()` ran; the session then draws and reads nothing.
  public private(set) var isEnded = false

  let palette: TerminalPalette
  var cursorPosition: (row: Int, column: Int)?
  var pendingInput: [RawInput] = []
  /// The last click, to tell a double click (a second one on the same row soon after).
  var lastClick: (row: Int, column: Int, at: Date)?
  /// The terminal's "bracketed paste off" sequence when paste was turned on.
  private var pasteOff: String?
  private var cursorShown = false
  private let screen: OpaquePointer
  private let outputDescriptor: Int32
  /// The keys' descriptor, for waiting on it together with another (`ConsoleLoop`).
  let inputDescriptor: Int32

  /// Opens the console on the real terminal (stdin/stdout, `$TERM`). Checks the terminal
  /// first and throws the problem instead of letting ncurses exit or write to a pipe.
  /// With `mouse`, clicks and the wheel arrive as `.mouse` keys.
  public convenience init(
    environment: [String: String] = ProcessInfo.processInfo.environment, mouse: Bool = true
  ) throws(TerminalProblem) {
    if let problem = TerminalPreflight.check(environment: environment) { throw problem }
    try self.init(
      input: antq_stdin(), output: antq_stdout(), terminalName: environment["TERM"] ?? "",
      environment: environment, installingSignalHandlers: true, mouse: mouse)
  }

  /// Opens a session on explicit streams, such as the slave side of a pseudo-terminal in
  /// tests. Signal handlers are installed only when asked: tests keep the runner's own.
  public init(
    input: UnsafeMutablePointer<FILE>, output: UnsafeMutablePointer<FILE>,
    terminalName: String,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    installingSignalHandlers: Bool = false, mouse: Bool = false
  ) throws(TerminalProblem) {
    precondition(
      TerminalExitGuard.activeSession == nil, "only one TerminalSession may be open at a time")
    let utf8 = Self.prepareLocale()
    if installingSignalHandlers { TerminalExitGuard.installSignalHandlers() }
    TerminalExitGuard.registerAtExitOnce()
    guard let screen = newterm(terminalName, output, input) else {
      throw .termUnknown(terminalName)
    }
    self.screen = screen
    self.outputDescriptor = fileno(output)
    self.inputDescriptor = fileno(input)
    TerminalExitGuard.screenIsUp = true
    cbreak()
    noecho()
    keypad(antq_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    Self.disableFlowControl(descriptor: fileno(input))
    if mouse {
      // ncurses picks the terminal's mouse protocol (SGR 1006 where terminfo has it).
      mousemask(antq_mouse_events(), nil)
      mouseinterval(0)
    }
    pasteOff = Self.startBracketedPaste(descriptor: fileno(output))
    palette = TerminalPalette.start(environment: environment)
    chartGlyphs = .forTerminal(hasColors: has_colors(), utf8: utf8)
    size = TerminalSize(rows: Int(antq_screen_rows()), columns: Int(antq_screen_columns()))
    TerminalExitGuard.activeSession = self
  }

  deinit { end() }

  /// Sets the locale from the environment and falls back to C.UTF-8 when its codeset is
  /// not UTF-8: without it Vietnamese output loses its letters and `get_wch` hangs.
  /// Returns whether the codeset is UTF-8 afterwards.
  @discardableResult
  public static func prepareLocale() -> Bool {
    setlocale(LC_ALL, "")
    if isUTF8Codeset() { return true }
    setlocale(LC_ALL, "C.UTF-8")
    return isUTF8Codeset()
  }

  private static func isUTF8Codeset() -> Bool {
    guard let codeset = antq_codeset() else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }

  /// Turns XON/XOFF off so Ctrl-S (save) and Ctrl-Q reach the program, and makes that
  /// the mode ncurses restores when it resumes after `endwin`.
  private static func disableFlowControl(descriptor: Int32) {
    var settings = termios()
    guard tcgetattr(descriptor, &settings) == 0 else { return }
    settings.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(descriptor, TCSANOW, &settings)
    def_prog_mode()
  }

  /// Asks the terminal to mark pasted text (when terminfo knows how), so a paste with tabs
  /// or line breaks arrives as one `.paste` and never as keys that jump between fields.
  private static func startBracketedPaste(descriptor: Int32) -> String? {
    guard let on = antq_tigetstr("BE"), let off = antq_tigetstr("BD") else { return nil }
    let bytes = Array(String(cString: on).utf8)
    _ = bytes.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count) }
    return String(cString: off)
  }

  /// Shows everything drawn since the last call: one `wnoutrefresh` + `doupdate`.
  public func present() {
    guard !isEnded else { return }
    let window = antq_stdscr()
    if let position = cursorPosition {
      wmove(window, Int32(position.row), Int32(position.column))
      if !cursorShown { curs_set(1) }
      cursorShown = true
    } else if cursorShown {
      curs_set(0)
      cursorShown = false
    }
    wnoutrefresh(window)
    doupdate()
  }

  /// Restores the terminal (cursor, modes, main screen) and frees the screen.
  /// Idempotent; safe on any exit path. Also runs at exit and on SIGINT/SIGTERM/SIGHUP.
  public func end() {
    guard !isEnded else { return }
    isEnded = true
    TerminalExitGuard.screenIsUp = false
    if let pasteOff {
      let bytes = Array(pasteOff.utf8)
      _ = bytes.withUnsafeBufferPointer { write(outputDescriptor, $0.baseAddress, $0.count) }
    }
    endwin()
    delscreen(screen)
    if TerminalExitGuard.activeSession === self { TerminalExitGuard.activeSession = nil }
  }

  /// Ends whichever session is open; for fatal-error paths that do not hold the session.
  public static func endActive() {
    TerminalExitGuard.endActiveSession()
  }

  /// Whether a session is open in this process.
  public static var isActive: Bool { TerminalExitGuard.activeSession != nil }

  /// Asks the terminal for its size and resizes the screen if it changed without ncurses
  /// noticing (a SIGWINCH lost while the program was busy). True when the size changed.
  public func syncSize() -> Bool {
    guard !isEnded else { return false }
    var window = winsize()
    guard ioctl(outputDescriptor, UInt(TIOCGWINSZ), &window) == 0, window.ws_row > 0,
      window.ws_col > 0
    else { return false }
    let actual = TerminalSize(rows: Int(window.ws_row), columns: Int(window.ws_col))
    guard actual != size else { return false }
    resizeterm(Int32(actual.rows), Int32(actual.columns))
    refreshSize()
    return true
  }

  func refreshSize() {
    size = TerminalSize(rows: Int(antq_screen_rows()), columns: Int(antq_screen_columns()))
  }
}
