import Foundation
import Testing

/// All tests that drive the console in tmux: one at a time, so two full-screen programs never
/// compete for the machine's two cores and make the waits flaky.
@Suite(.serialized) enum Console {}

/// One console in its own tmux server, with its own temporary folder (the `--demo` copy
/// lands there, not in /tmp). Ends the server and removes the folder when it goes away.
final class ConsoleRun {
  let folder: TemporaryFolder
  let terminal: TmuxTerminal

  init(
    _ arguments: [String], columns: Int = 100, rows: Int = 30,
    environment: [String: String] = [:]
  ) throws {
    folder = try TemporaryFolder("antq-e2e-console")
    terminal = try TmuxTerminal(
      [BuiltBinary.url.path] + arguments, columns: columns, rows: rows,
      environment: privateTemporaryDirectory(folder).merging(environment) { _, new in new })
  }

  deinit { terminal.stop() }

  /// Waits until the Vietnamese 2025 dashboard shows its figures; records an issue if not.
  func expectDashboard(
    _ figures: [String] = DemoFigures.dashboard2025Vietnamese,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let (found, screen) = try terminal.wait(forAll: figures, seconds: 30)
    #expect(
      found, "dashboard figures \(figures) never appeared:\n\(screen)",
      sourceLocation: sourceLocation)
  }

  /// Presses `q` and expects a clean exit: code 0, the alternate screen left.
  func quit(sourceLocation: SourceLocation = #_sourceLocation) throws {
    try terminal.keys("q")
    // `--demo` quits once its copy is written (the demo's identities sealed): slow on a
    // loaded machine with a debug build.
    #expect(try terminal.exitCode(seconds: 45) == 0, sourceLocation: sourceLocation)
    #expect(try !terminal.alternateScreenOn(), sourceLocation: sourceLocation)
  }
}

/// The rows of the table on screen: the lines between its header (starting with `header`)
/// and the status bar (the last line), without blank ones.
func tableRows(_ screen: String, header: String = "Tên") -> [String] {
  let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return [] }
  let body = lines[(start + 1)...].dropLast(lines.last?.isEmpty == true ? 2 : 1)
  return body.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
}
