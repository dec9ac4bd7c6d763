import CNcursesw
import Foundation

/// Process-wide state that must restore the terminal however the program ends: the one
/// live session, the signal handlers and the atexit hook.
enum TerminalExitGuard {
  /// The live session, if any; ncurses is global state, so there is at most one.
  nonisolated(unsafe) static weak var activeSession: TerminalSession?
  /// Read by the signal handler, which must not touch Swift objects.
  nonisolated(unsafe) static var screenIsUp = false
  nonisolated(unsafe) private static var atExitRegistered = false
  nonisolated(unsafe) private static var signalHandlersInstalled = false

  /// The signals that restore the terminal and exit with 128 + signal. Must run before
  /// `newterm`: ncurses then leaves these signals to us.
  static let restoringSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Crashes (a trap, a bad access, an abort): the terminal is restored, then the signal
  /// goes on to whatever handled it before (the runtime's backtrace, a core dump).
  static let fatalSignals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

  static func installSignalHandlers() {
    guard !signalHandlersInstalled else { return }
    signalHandlersInstalled = true
    for signalNumber in restoringSignals {
      signal(signalNumber) { received in restoreTerminalAndExit(signal: received) }
    }
    for signalNumber in fatalSignals {
      antq_install_fatal_handler(signalNumber) { received in
        restoreTerminalAndCrash(signal: received)
      }
    }
  }

  static func registerAtExitOnce() {
    guard !atExitRegistered else { return }
    atExitRegistered = true
    atexit { TerminalExitGuard.endActiveSession() }
  }

  /// Ends the live session, if any. Safe to call from any exit path, more than once.
  static func endActiveSession() {
    if let session = activeSession {
      session.end()
    } else if screenIsUp {
      screenIsUp = false
      endwin()
    }
  }
}

private func restoreTerminalAndExit(signal: Int32) {
  if TerminalExitGuard.screenIsUp {
    TerminalExitGuard.screenIsUp = false
    endwin()
  }
  _exit(128 + signal)
}

private func restoreTerminalAndCrash(signal: Int32) {
  if TerminalExitGuard.screenIsUp {
    TerminalExitGuard.screenIsUp = false
    endwin()
  }
  antq_reraise_with_previous_action(signal)
}
