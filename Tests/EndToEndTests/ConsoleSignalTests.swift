import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

extension Console {
  /// Ending the console from outside: the terminal is restored and the code says why.
  @Suite struct Signals {
    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))])
    func signalRestoresTheTerminal(signal: Int32, expected: Int32) throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      #expect(try run.terminal.alternateScreenOn())
      let pid = try #require(try run.terminal.programPID(), "no program in the pane")
      #expect(kill(pid, signal) == 0)
      #expect(try run.terminal.exitCode() == expected)
      #expect(try !run.terminal.alternateScreenOn())
      #expect(try run.terminal.screen().contains("[exit \(expected)]"))
    }

    @Test func controlCExitsWith130AndRestoresTheTerminal() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      try run.terminal.keys("2")
      #expect(try run.terminal.wait(for: "148 bản ghi").found)
      try run.terminal.keys("C-c")
      #expect(try run.terminal.exitCode() == 130)
      #expect(try !run.terminal.alternateScreenOn())
      #expect(try !run.terminal.screen().contains("148 bản ghi"))
    }
  }
}
