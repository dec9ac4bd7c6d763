import Foundation

/// Drives the built `antq` binary in a private tmux server, the way a user's terminal would.
final class TmuxTerminal {
  let socket: String
  private(set) var closed = false
  /// The server's socket file, which tmux leaves behind when it is killed.
  private var socketPath: String?

  /// Starts `arguments` (the binary first) in a detached session of `columns`×`rows`.
  /// The shell wrapper prints the exit code and keeps the pane open so it can be read.
  /// `environment` is exported and `unsetting` unset in the pane before the command runs.
  init(
    _ arguments: [String], columns: Int = 100, rows: Int = 30,
    environment: [String: String] = [:], unsetting: [String] = []
  ) throws {
    socket = "antq-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let exports = environment.map { "export \($0.key)=\(Self.quote($0.value));" }
    let unsets = unsetting.map { "unset \($0);" }
    let command = arguments.map(Self.quote).joined(separator: " ")
    // `trap : INT`: Ctrl-C goes to the whole foreground group; without a trap the wrapper
    // would die with the program and take the pane (and its exit line) with it. A trap
    // that runs a command, unlike an ignored signal, is reset to default in the child.
    let script =
      (["trap : INT;"] + exports + unsets)
      .joined(separator: " ") + " \(command); echo \"[exit $?]\"; sleep 600"
    try tmux([
      "new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows), "sh", "-c",
      script,
    ])
    try tmux(["set-option", "-g", "status", "off"])
    socketPath = try tmux(["display-message", "-p", "#{socket_path}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  deinit { stop() }

  func stop() {
    guard !closed else { return }
    closed = true
    _ = try? tmux(["kill-server"])
    if let socketPath, !socketPath.isEmpty { unlink(socketPath) }
  }

  /// tmux key names (Enter, Escape, F1, Down, BTab, C-c …).
  func keys(_ names: String...) throws {
    try tmux(["send-keys", "-t", "main"] + names)
  }

  /// Literal UTF-8 text, as typed.
  func type(_ text: String) throws {
    try tmux(["send-keys", "-t", "main", "-l", text])
  }

  func screen() throws -> String {
    try tmux(["capture-pane", "-p", "-t", "main"])
  }

  /// The screen's lines drawn in reverse video (the selection, the current tab), as text.
  func reverseVideoLines() throws -> [String] {
    let styled = try tmux(["capture-pane", "-p", "-e", "-t", "main"])
    return styled.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { Self.turnsOnReverse(String($0)) }
      .map { Self.plain(String($0)) }
  }

  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", String(columns), "-y", String(rows)])
  }

  /// Whether the program is showing the alternate screen (full-screen mode).
  func alternateScreenOn() throws -> Bool {
    try tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).trimmingCharacters(
      in: .whitespacesAndNewlines) == "1"
  }

  /// The pid of the program the wrapper shell runs, while it runs.
  func programPID() throws -> pid_t? {
    let shell = try tmux(["list-panes", "-t", "main", "-F", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { pid_t($0) }
  }

  /// Waits until `text` is on screen; returns the last screen either way.
  @discardableResult
  func wait(for text: String, seconds: Double = 15) throws -> (found: Bool, screen: String) {
    try wait(seconds: seconds) { $0.contains(text) }
  }

  /// Waits until every one of `texts` is on screen at once.
  @discardableResult
  func wait(forAll texts: [String], seconds: Double = 15) throws -> (found: Bool, screen: String) {
    try wait(seconds: seconds) { screen in texts.allSatisfy { screen.contains($0) } }
  }

  /// Waits until `text` is no longer on screen.
  @discardableResult
  func wait(forGone text: String, seconds: Double = 15) throws -> (found: Bool, screen: String) {
    try wait(seconds: seconds) { !$0.contains(text) }
  }

  /// Polls the screen until `condition` holds or time runs out.
  func wait(seconds: Double, until condition: (String) -> Bool) throws -> (
    found: Bool, screen: String
  ) {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    repeat {
      last = try screen()
      if condition(last) { return (true, last) }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return (false, last)
  }

  /// The exit code printed by the wrapper once the program ended, or nil while it runs.
  func exitCode(seconds: Double = 15) throws -> Int32? {
    let (found, screen) = try wait(for: "[exit ", seconds: seconds)
    guard found, let range = screen.range(of: "[exit ") else { return nil }
    let digits = screen[range.upperBound...].prefix { $0.isNumber }
    return Int32(digits)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    var environment = Spawn.environment(removing: ["TMUX"])
    environment["TERM"] = environment["TERM"] ?? "xterm-256color"
    let result = try Spawn.run(
      Self.tmuxPath, ["-L", socket] + arguments, environment: environment)
    guard result.status == 0 || arguments.first == "kill-server" else {
      throw TmuxError(arguments: arguments, status: result.status)
    }
    return String(decoding: result.stdout, as: UTF8.self)
  }

  private static let tmuxPath = Spawn.which("tmux")

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Whether a line of `capture-pane -e` output contains an SGR sequence with attribute 7.
  private static func turnsOnReverse(_ line: String) -> Bool {
    line.ranges(of: /\x1B\[([0-9;]*)m/).contains { range in
      line[range].dropFirst(2).dropLast().split(separator: ";").contains("7")
    }
  }

  /// A line of `capture-pane -e` output without its escape sequences.
  static func plain(_ line: String) -> String {
    line.replacing(/\x1B\[[0-9;:]*[A-Za-z]/, with: "")
  }
}

struct TmuxError: Error, CustomStringConvertible {
  let arguments: [String]
  let status: Int32
  var description: String {
    "tmux \(arguments.joined(separator: " ")) failed with \(status); is tmux installed (apt-get install tmux)?"
  }
}
