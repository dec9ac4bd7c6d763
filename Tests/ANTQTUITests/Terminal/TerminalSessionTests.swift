import CNcursesw
import Foundation
import Testing

@testable import ANTQTUI

extension NcursesTests {
  @Suite struct Session {
    @Test func aResizeWithoutItsSignalIsFoundBySyncSize() throws {
      try withSession(rows: 24, columns: 80) { session, pty in
        #expect(!session.syncSize())
        pty.resize(rows: 30, columns: 100)
        #expect(session.syncSize())
        #expect(session.size == TerminalSize(rows: 30, columns: 100))
        #expect(session.canvas.columns == 100)
        #expect(!session.syncSize())
      }
    }

    @Test func colourTerminalDrawsRolesInColour() throws {
      try withSession(terminal: "xterm-256color") { session, pty in
        _ = pty.readOutput()
        #expect(!session.isMonochrome)
        session.canvas.put("chưa đạt", row: 0, column: 0, style: .bad)
        session.present()
        #expect(pty.readOutputText().contains("\u{1b}[31m"))
      }
    }

    @Test func vt100IsMonochromeButKeepsRolesApart() throws {
      try withSession(terminal: "vt100") { session, pty in
        _ = pty.readOutput()
        #expect(session.isMonochrome)
        session.canvas.put("chưa đạt", row: 0, column: 0, style: .bad)
        session.present()
        let output = pty.readOutputText()
        #expect(output.contains("chưa đạt"))
        #expect(!output.contains("\u{1b}[3"))
        #expect(output.contains("\u{1b}[0;1;4m") || output.contains("\u{1b}[1m"))
        let palette = session.palette
        #expect(palette.attributes(for: .good) != palette.attributes(for: .bad))
        #expect(palette.attributes(for: .title) != palette.attributes(for: .plain))
        #expect(palette.attributes(for: .hint) != palette.attributes(for: .plain))
      }
    }

    @Test func noColorEnvironmentTurnsColourOff() throws {
      try withSession(terminal: "xterm-256color", environment: ["NO_COLOR": "1"]) {
        session, pty in
        _ = pty.readOutput()
        #expect(session.isMonochrome)
        session.canvas.put("chưa đạt", row: 0, column: 0, style: .bad)
        session.present()
        #expect(!pty.readOutputText().contains("\u{1b}[31m"))
      }
      try withSession(terminal: "xterm-256color", environment: ["NO_COLOR": ""]) { session, _ in
        #expect(!session.isMonochrome)
      }
    }

    @Test func flowControlIsOffSoCtrlSReachesTheProgram() throws {
      try withSession { _, pty in
        var settings = termios()
        #expect(tcgetattr(pty.slave, &settings) == 0)
        #expect(settings.c_iflag & tcflag_t(IXON) == 0)
      }
    }

    @Test func endRestoresTheTerminalAndCanBeCalledTwice() throws {
      let pty = try PseudoTerminal()
      let session = try TerminalSession(
        input: pty.input, output: pty.output, terminalName: "xterm-256color", environment: [:])
      #expect(TerminalSession.isActive)
      session.present()
      _ = pty.readOutput()
      session.end()
      let restore = pty.readOutputText()
      #expect(restore.contains("\u{1b}[?1049l"))  // back to the main screen
      #expect(restore.contains("\u{1b}[?25h"))  // cursor visible again
      session.end()
      TerminalSession.endActive()
      #expect(pty.readOutput(quietMilliseconds: 50).isEmpty)
      #expect(!TerminalSession.isActive)
      #expect(antq_stdscr() == nil)
      #expect(session.readKey(timeoutMilliseconds: 0) == nil)
    }

    @Test func unknownTerminalNameThrowsInsteadOfExiting() throws {
      let pty = try PseudoTerminal()
      #expect(throws: TerminalProblem.termUnknown("nonexistent-term")) {
        try TerminalSession(
          input: pty.input, output: pty.output, terminalName: "nonexistent-term",
          environment: [:])
      }
      #expect(!TerminalSession.isActive)
    }

    @Test func realTerminalConstructorReportsAPipe() throws {
      // stdin/stdout of `swift test` are not both a terminal here; when they are, the
      // check is skipped rather than taking over the developer's screen.
      guard isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 else { return }
      #expect(throws: TerminalProblem.notATerminal) {
        try TerminalSession(environment: ["TERM": "xterm-256color"])
      }
    }
  }
}
