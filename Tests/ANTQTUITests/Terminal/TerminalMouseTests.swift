import Foundation
import Testing

@testable import ANTQTUI

extension NcursesTests {
  /// Mouse, Alt and paste sequences as a terminal emulator sends them.
  @Suite struct MouseAndPaste {
    func withMouseSession<T>(_ body: (TerminalSession, PseudoTerminal) throws -> T) throws -> T {
      let pty = try PseudoTerminal(rows: 24, columns: 80)
      let session = try TerminalSession(
        input: pty.input, output: pty.output, terminalName: "xterm-256color", environment: [:],
        mouse: true)
      defer {
        session.end()
        _ = pty.readOutput(quietMilliseconds: 20)
      }
      return try body(session, pty)
    }

    /// "Esc [ < 0 ; 20 ; 6 M": button 1 pressed at column 20, row 6 (SGR 1006, 1-based),
    /// the third row of the communes list.
    @Test func anSGRClickOnThePseudoTerminalSelectsTheThirdRow() throws {
      try withMouseSession { session, pty in
        let setup = pty.readOutputText()
        #expect(setup.contains("\u{1B}[?1006;1000h"), "SGR mouse reporting turned on")
        var (app, _) = AppFixture.app(columns: 80, rows: 24)
        _ = app.handle(.text("2"), on: session.canvas)
        pty.type("\u{1B}[<0;20;6M\u{1B}[<0;20;6m")
        let key = try #require(session.readKey(timeoutMilliseconds: 1000))
        #expect(key == .mouse(MouseEvent(.click, row: 5, column: 19)))
        _ = app.handle(key, on: session.canvas)
        let cursor = app.draw(on: session.canvas)
        #expect(cursor! == (5, 0), "the third row is selected and the cursor on it")
        #expect(session.readKey(timeoutMilliseconds: 50) == nil, "the release says nothing")
      }
    }

    @Test func aSecondClickOnTheSameRowSoonAfterIsADoubleClick() throws {
      try withMouseSession { session, pty in
        pty.type("\u{1B}[<0;3;8M\u{1B}[<0;3;8m")
        #expect(
          session.readKey(timeoutMilliseconds: 1000)
            == .mouse(MouseEvent(.click, row: 7, column: 2)))
        pty.type("\u{1B}[<0;4;8M\u{1B}[<0;4;8m")
        #expect(
          session.readKey(timeoutMilliseconds: 1000)
            == .mouse(MouseEvent(.doubleClick, row: 7, column: 3)))
        pty.type("\u{1B}[<65;4;8M")
        #expect(
          session.readKey(timeoutMilliseconds: 1000)
            == .mouse(MouseEvent(.wheelDown, row: 7, column: 3)))
      }
    }

    @Test func altLettersArriveAsAlt() throws {
      try withSession { session, pty in
        pty.type("\u{1B}b")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .alt("b"))
        pty.type("\u{1B}f")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .alt("f"))
        pty.type("\u{1B}y")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .escape, "Esc, then y in one burst")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .text("y"))
      }
    }

    /// With bracketed paste on, a paste holding a tab and a line break is one `.paste`.
    @Test func aBracketedPasteIsOneKey() throws {
      try withSession { session, pty in
        #expect(pty.readOutputText().contains("\u{1B}[?2004h"), "bracketed paste turned on")
        pty.type("\u{1B}[200~Thôn\t1\nĐông\u{1B}[201~x")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .paste("Thôn\t1\nĐông"))
        #expect(session.readKey(timeoutMilliseconds: 1000) == .text("x"))
      }
    }
  }
}
