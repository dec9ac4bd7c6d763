import CNcursesw
import Foundation

@testable import ANTQTUI

/// Opens a session on a fresh pseudo-terminal, runs `body`, and always ends the session
/// so no screen is left set up for the next test.
func withSession<T>(
  terminal: String = "xterm-256color", environment: [String: String] = [:],
  rows: Int = 24, columns: Int = 80,
  _ body: (TerminalSession, PseudoTerminal) throws -> T
) throws -> T {
  let pty = try PseudoTerminal(rows: rows, columns: columns)
  let session = try TerminalSession(
    input: pty.input, output: pty.output, terminalName: terminal, environment: environment)
  defer {
    session.end()
    _ = pty.readOutput(quietMilliseconds: 20)
  }
  return try body(session, pty)
}

/// The bytes the current terminal sends for a terminfo key capability ("kcuu1", "kf1").
func terminfoSequence(_ capability: String) -> [UInt8]? {
  guard let value = antq_tigetstr(capability) else { return nil }
  return Array(String(cString: value).utf8)
}
