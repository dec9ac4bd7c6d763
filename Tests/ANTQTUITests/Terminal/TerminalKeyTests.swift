import Foundation
import Testing

@testable import ANTQTUI

extension NcursesTests {
  @Suite struct Keys {
    @Test func terminfoKeySequencesDecodeToNamedKeys() throws {
      let expected: [(String, Key)] = [
        ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right),
        ("kpp", .pageUp), ("knp", .pageDown), ("khome", .home), ("kend", .end),
        ("kcbt", .backTab), ("kdch1", .delete), ("kf1", .function(1)),
        ("kf2", .function(2)), ("kf10", .function(10)), ("kf12", .function(12)),
      ]
      try withSession { session, pty in
        for (capability, key) in expected {
          let sequence = try #require(terminfoSequence(capability), "\(capability)")
          pty.type(sequence)
          #expect(session.readKey(timeoutMilliseconds: 1000) == key, "\(capability)")
        }
      }
    }

    @Test func controlKeysEnterEscapeTabAndBackspace() throws {
      try withSession { session, pty in
        let expected: [([UInt8], Key)] = [
          ([0x13], .control("s")),  // Ctrl-S: XON/XOFF must be off for it to arrive
          ([0x11], .control("q")),
          ([0x0D], .enter), ([0x0A], .enter), ([0x09], .tab),
          ([0x7F], .backspace), ([0x08], .backspace), ([0x1B], .escape),
        ]
        for (bytes, key) in expected {
          pty.type(bytes)
          #expect(session.readKey(timeoutMilliseconds: 1000) == key, "\(bytes)")
        }
      }
    }

    @Test func escapeArrivesWithoutTheOneSecondDelay() throws {
      try withSession { session, pty in
        pty.type([0x1B])
        let start = Date()
        #expect(session.readKey(timeoutMilliseconds: 2000) == .escape)
        #expect(Date().timeIntervalSince(start) < 0.5)
      }
    }

    @Test func vietnameseTypingArrivesAsText() throws {
      try withSession { session, pty in
        pty.type("Đồng")
        let keys = (0..<4).compactMap { _ in session.readKey(timeoutMilliseconds: 1000) }
        #expect(keys == [.text("Đ"), .text("ồ"), .text("n"), .text("g")])
      }
    }

    @Test func combiningMarksMergeWithTheirBaseLetter() throws {
      try withSession { session, pty in
        pty.type("e\u{0302}\u{0301}a")
        #expect(session.readKey(timeoutMilliseconds: 1000) == .text("ế"))
        #expect(session.readKey(timeoutMilliseconds: 1000) == .text("a"))
      }
    }

    @Test func noInputTimesOut() throws {
      try withSession { session, _ in
        #expect(session.readKey(timeoutMilliseconds: 50) == nil)
      }
    }

    @Test func resizeUpdatesTheSize() throws {
      try withSession(rows: 24, columns: 80) { session, pty in
        pty.resize(rows: 30, columns: 100)
        kill(getpid(), SIGWINCH)
        #expect(session.readKey(timeoutMilliseconds: 1000) == .resize)
        #expect(session.size == TerminalSize(rows: 30, columns: 100))
        #expect(session.canvas.rows == 30 && session.canvas.columns == 100)
      }
    }
  }

  @Suite struct Decoding {
    @Test func controlLettersExceptTabEnterAndBackspace() {
      #expect(KeyDecoder.key(for: .character(1)) == .control("a"))
      #expect(KeyDecoder.key(for: .character(26)) == .control("z"))
      #expect(KeyDecoder.key(for: .character(9)) == .tab)
      #expect(KeyDecoder.key(for: .character(8)) == .backspace)
      #expect(KeyDecoder.key(for: .character(0)) == nil)
    }

    @Test func keypadEnterAndUnknownCodes() {
      #expect(KeyDecoder.key(for: .keyCode(0o527)) == .enter)  // KEY_ENTER
      #expect(KeyDecoder.key(for: .keyCode(0o410 + 13)) == nil)  // Shift-F1, not F13
    }
  }
}
