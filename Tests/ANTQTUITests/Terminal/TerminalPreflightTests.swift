import Foundation
import Testing

@testable import ANTQTUI

extension NcursesTests {
  @Suite struct Preflight {
    @Test func pipesAreNotATerminal() throws {
      var descriptors: [Int32] = [0, 0]
      #expect(pipe(&descriptors) == 0)
      defer { for descriptor in descriptors { close(descriptor) } }
      let problem = TerminalPreflight.check(
        environment: ["TERM": "xterm-256color"], inputDescriptor: descriptors[0],
        outputDescriptor: descriptors[1])
      #expect(problem == .notATerminal)
    }

    @Test func unsetTermIsReported() throws {
      let pty = try PseudoTerminal()
      #expect(check(pty, environment: [:]) == .termUnset)
      #expect(check(pty, environment: ["TERM": ""]) == .termUnset)
    }

    @Test func unknownTermIsReportedByName() throws {
      let pty = try PseudoTerminal()
      let problem = check(pty, environment: ["TERM": "nonexistent-term"])
      #expect(problem == .termUnknown("nonexistent-term"))
    }

    @Test func dumbTerminalCannotAddressTheCursor() throws {
      let pty = try PseudoTerminal()
      #expect(check(pty, environment: ["TERM": "dumb"]) == .cannotAddressCursor("dumb"))
    }

    @Test func xtermOnATerminalCanRun() throws {
      let pty = try PseudoTerminal()
      #expect(check(pty, environment: ["TERM": "xterm-256color"]) == nil)
      #expect(check(pty, environment: ["TERM": "vt100"]) == nil)
    }

    @Test func preflightWritesNothingToTheTerminal() throws {
      let pty = try PseudoTerminal()
      _ = check(pty, environment: ["TERM": "xterm-256color"])
      #expect(pty.readOutput(quietMilliseconds: 50).isEmpty)
    }

    private func check(_ pty: PseudoTerminal, environment: [String: String]) -> TerminalProblem? {
      TerminalPreflight.check(
        environment: environment, inputDescriptor: pty.slave, outputDescriptor: pty.slave)
    }
  }
}
