import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Asks for a password on the terminal without echoing it (like `sudo`), before the
/// full-screen console starts. Without a terminal (a script), one line is read from stdin.
/// Ctrl-C while asking puts the terminal back before the program ends.
enum PasswordPrompt {
  nonisolated(unsafe) private static var saved = termios()
  nonisolated(unsafe) private static var echoOff = false

  static func ask(_ prompt: String) -> String? {
    guard isatty(STDIN_FILENO) == 1 else { return readLine(strippingNewline: true) }
    FileHandle.standardError.write(Data(prompt.utf8))
    var settings = termios()
    tcgetattr(STDIN_FILENO, &settings)
    saved = settings
    settings.c_lflag &= ~tcflag_t(ECHO)
    echoOff = true
    let restore: @convention(c) (Int32) -> Void = { signal in
      if PasswordPrompt.echoOff { tcsetattr(STDIN_FILENO, TCSANOW, &PasswordPrompt.saved) }
      FileHandle.standardError.write(Data("\n".utf8))
      _exit(128 + signal)
    }
    let previous = [SIGINT, SIGTERM, SIGHUP].map { ($0, Glibc.signal($0, restore)) }
    // TCSANOW keeps what was typed ahead of the prompt.
    tcsetattr(STDIN_FILENO, TCSANOW, &settings)
    let line = readLine(strippingNewline: true)
    tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    echoOff = false
    for (number, handler) in previous { Glibc.signal(number, handler) }
    FileHandle.standardError.write(Data("\n".utf8))
    return line
  }
}
