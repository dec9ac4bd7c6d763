import Foundation

/// Drives the built `antq` binary in a private tmux server, the way a user's terminal would.
final class TmuxTerminal {
  let socket: String
  private(set) var closed = false

  /// Starts `arguments` (the binary first) in a detached session of `columns`×`rows`.
  /// The shell wrapper prints the exit code and keeps the pane open so it can be read.
  init(
    _ arguments: [String], columns: Int = 100, rows: Int = 30, environment: [String: String] = [:]
  )
    throws
  {
    socket = "antq-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let exports = environment.map { "export \($0.key)=\(Self.quote($0.value));" }.joined(
      separator: " ")
    let command = arguments.map(Self.quote).joined(separator: " ")
    let script = "\(exports) \(command); echo \"[exit $?]\"; sleep 600"
    try tmux([
      "new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows), "sh", "-c",
      script,
    ])
    try tmux(["set-option", "-g", "status", "off"])
  }

  deinit { stop() }

  func stop() {
    guard !closed else { return }
    closed = true
    _ = try? tmux(["kill-server"])
  }

  /// tmux key names (Enter, Escape, F1, Down, BTab …).
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

  func resize(columns: Int, rows: Int) throws {
    try tmux(["resize-window", "-t", "main", "-x", String(columns), "-y", String(rows)])
  }

  /// Whether the program is showing the alternate screen (full-screen mode).
  func alternateScreenOn() throws -> Bool {
    try tmux(["display-message", "-p", "-t", "main", "#{alternate_on}"]).trimmingCharacters(
      in: .whitespacesAndNewlines) == "1"
  }

  /// Waits until `text` is on screen; returns the last screen either way.
  @discardableResult
  func wait(for text: String, seconds: Double = 10) throws -> (found: Bool, screen: String) {
    let deadline = Date().addingTimeInterval(seconds)
    var last = ""
    repeat {
      last = try screen()
      if last.contains(text) { return (true, last) }
      Thread.sleep(forTimeInterval: 0.05)
    } while Date() < deadline
    return (false, last)
  }

  /// The exit code printed by the wrapper once the program ended, or nil while it runs.
  func exitCode(seconds: Double = 10) throws -> Int32? {
    let (found, screen) = try wait(for: "[exit ", seconds: seconds)
    guard found, let range = screen.range(of: "[exit ") else { return nil }
    let digits = screen[range.upperBound...].prefix { $0.isNumber }
    return Int32(digits)
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-L", socket] + arguments
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = environment["TERM"] ?? "xterm-256color"
    environment.removeValue(forKey: "TMUX")
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = Pipe()
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 || arguments.first == "kill-server" else {
      throw TmuxError(arguments: arguments, status: process.terminationStatus)
    }
    return String(decoding: data, as: UTF8.self)
  }

  private static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

struct TmuxError: Error, CustomStringConvertible {
  let arguments: [String]
  let status: Int32
  var description: String {
    "tmux \(arguments.joined(separator: " ")) failed with \(status); is tmux installed (apt-get install tmux)?"
  }
}
