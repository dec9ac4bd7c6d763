import CNcursesw
import Foundation

/// Why a full-screen console cannot run here. The executable turns it into a one-line,
/// localized message and exit code 2.
public enum TerminalProblem: Error, Equatable, Sendable {
  /// Standard input or output is not a terminal (a pipe, a file, a cron job).
  case notATerminal
  /// TERM is not set (or empty).
  case termUnset
  /// TERM names a terminal that terminfo does not know.
  case termUnknown(String)
  /// The terminal cannot move its cursor (TERM=dumb and the like).
  case cannotAddressCursor(String)
}

/// Decides, before any screen is set up, whether ncurses can run. It never calls
/// `initscr` (which exits the process on a bad TERM) and never writes to the terminal.
public enum TerminalPreflight {
  /// Checks the given file descriptors and environment; `nil` means a console can run.
  public static func check(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    inputDescriptor: Int32 = STDIN_FILENO,
    outputDescriptor: Int32 = STDOUT_FILENO
  ) -> TerminalProblem? {
    guard isatty(inputDescriptor) == 1, isatty(outputDescriptor) == 1 else {
      return .notATerminal
    }
    guard let name = environment["TERM"], !name.isEmpty else { return .termUnset }
    return checkTerminfo(name: name, descriptor: outputDescriptor)
  }

  /// Loads `name` from terminfo without touching the screen and checks it can address
  /// the cursor.
  static func checkTerminfo(name: String, descriptor: Int32) -> TerminalProblem? {
    var status: Int32 = 0
    let previous = antq_current_term()
    // With an error pointer setupterm reports instead of exiting.
    let result = setupterm(name, descriptor, &status)
    defer { antq_release_probe_term(previous) }
    guard result == OK, status == 1 else { return .termUnknown(name) }
    guard antq_tigetstr("cup") != nil else { return .cannotAddressCursor(name) }
    return nil
  }
}
