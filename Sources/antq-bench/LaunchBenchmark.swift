import ANTQTUI
import Foundation

/// Launch to first drawn dashboard: starts the real binary on a pseudo-terminal and times
/// until the dashboard's figures are drawn, then quits it with `q`.
struct LaunchBenchmark {
  let binary: URL
  let arguments: [String]
  /// Text that only the drawn dashboard shows.
  let marker: String

  func measure(runs: Int) throws -> [Double] {
    var times: [Double] = []
    for _ in 0..<runs {
      let terminal = try PseudoTerminal(rows: 30, columns: 100)
      let slave = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments
      var environment = ProcessInfo.processInfo.environment
      environment["TERM"] = "xterm-256color"
      process.environment = environment
      process.standardInput = slave
      process.standardOutput = slave
      process.standardError = slave
      let start = Date()
      try process.run()
      guard let elapsed = terminal.waitFor(marker, seconds: 10, since: start) else {
        process.terminate()
        throw BenchError("the dashboard (\(marker)) never appeared: \(arguments)")
      }
      times.append(elapsed)
      terminal.type("q")
      while process.isRunning { _ = terminal.readOutput(quietMilliseconds: 5) }
    }
    return times
  }
}
