import CNcursesw
import Foundation
import Testing

@testable import ANTQTUI

extension NcursesTests {
  @Suite struct Drawing {
    @Test func vietnameseTextReachesTheTerminalAsUTF8() throws {
      try withSession { session, pty in
        _ = pty.readOutput()
        session.canvas.put("Đồng Lương", row: 2, column: 4, style: .plain)
        session.canvas.put("Chí Đám", row: 3, column: 4, style: .title)
        session.present()
        let output = pty.readOutput()
        #expect(output.contains(subsequence: Array("Đồng Lương".utf8)))
        #expect(output.contains(subsequence: Array("Chí Đám".utf8)))
      }
    }

    @Test func decomposedTextIsDrawnPrecomposed() throws {
      try withSession { session, pty in
        _ = pty.readOutput()
        session.canvas.put("Tô\u{0309} quô\u{0301}c", row: 0, column: 0, style: .plain)
        session.present()
        #expect(pty.readOutput().contains(subsequence: Array("Tổ quốc".utf8)))
      }
    }

    @Test func textIsClippedAtTheRightEdgeIncludingTheLastCell() throws {
      try withSession { session, pty in
        _ = pty.readOutput()
        #expect(session.size == TerminalSize(rows: 24, columns: 80))
        session.canvas.put("ĐồngLương", row: 23, column: 76, style: .plain)
        session.canvas.put("Chí", row: 0, column: 0, style: .plain)
        session.present()
        // ncurses turns autowrap off (ESC[?7l) around the last cell so the screen
        // does not scroll.
        let output = pty.readOutputText()
          .replacingOccurrences(of: "\u{1b}[?7l", with: "")
          .replacingOccurrences(of: "\u{1b}[?7h", with: "")
        #expect(output.contains("Đồng"))
        #expect(!output.contains("Lương"))
        #expect(output.contains("Chí"))
        #expect(session.size == TerminalSize(rows: 24, columns: 80))
      }
    }

    @Test func drawingOutsideTheScreenIsIgnored() throws {
      try withSession { session, pty in
        _ = pty.readOutput()
        session.canvas.put("Ngoài", row: 24, column: 0, style: .plain)
        session.canvas.put("Ngoài", row: -1, column: 0, style: .plain)
        session.canvas.put("Ngoài", row: 0, column: 80, style: .plain)
        session.canvas.put("XXĐám", row: 5, column: -2, style: .plain)
        session.present()
        let output = pty.readOutputText()
        #expect(!output.contains("Ngoài"))
        #expect(output.contains("Đám"))
        #expect(!output.contains("X"))
      }
    }

    @Test func clearBlanksWhatWasDrawn() throws {
      try withSession { session, pty in
        session.canvas.put("Đồng Lương", row: 0, column: 0, style: .plain)
        session.present()
        _ = pty.readOutput()
        session.canvas.clear()
        session.canvas.put("Chí Đám", row: 1, column: 0, style: .plain)
        session.present()
        let output = pty.readOutputText()
        #expect(output.contains("Chí Đám"))
        #expect(!output.contains("Đồng Lương"))
        #expect(output.contains("\u{1b}[K") || output.contains("\u{1b}[H\u{1b}[2J"))
      }
    }

    @Test func cursorIsShownOnlyWhenAFieldAsksForIt() throws {
      try withSession { session, pty in
        session.present()
        let start = pty.readOutputText()
        #expect(start.contains("\u{1b}[?25l"))
        session.canvas.showCursor(row: 4, column: 10)
        session.present()
        let shown = pty.readOutputText()
        #expect(shown.contains("\u{1b}[?25h"))
        #expect(shown.contains("\u{1b}[5;11H"))
        session.canvas.hideCursor()
        session.present()
        #expect(pty.readOutputText().contains("\u{1b}[?25l"))
      }
    }
  }
}

extension Array where Element == UInt8 {
  func contains(subsequence needle: [UInt8]) -> Bool {
    guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
    return (0...(count - needle.count)).contains {
      self[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }
}
