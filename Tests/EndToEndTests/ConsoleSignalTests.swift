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

    /// A crash: a bad access raised on the main thread, as a real one is raised on the thread
    /// that crashed (sent with tgkill by python3). The terminal is restored first, then the
    /// runtime prints its crash report. (A signal sent from outside has no faulting
    /// instruction to repeat, so the process is not killed by it; the test only looks at the
    /// terminal and the report.)
    @Test func aCrashRestoresTheTerminalBeforeTheRuntimeReportsIt() throws {
      let run = try ConsoleRun(
        ["--demo"], environment: ["SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no"])
      try run.expectDashboard()
      let pid = try #require(try run.terminal.programPID(), "no program in the pane")
      let tgkill = "import ctypes; ctypes.CDLL(None).syscall(234, \(pid), \(pid), \(SIGSEGV))"
      _ = try Spawn.run(Spawn.which("python3"), ["-c", tgkill], environment: Spawn.environment())
      let report = try run.terminal.wait(for: "Backtrace took", seconds: 40)
      #expect(report.found, "no crash report:\n\(report.screen)")
      #expect(try !run.terminal.alternateScreenOn())
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
