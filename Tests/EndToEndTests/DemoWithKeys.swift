import Foundation
import Testing

/// A folder written by `antq demo`, the key files it made, and the console's state, all in one
/// temporary folder: what the tests of users and sealed identities start from. The demo's
/// creator (this machine's account) is its admin and a reader with a key file; `lanhdao`
/// (a supervisor) and `canbo.chidam` (a clerk) log in with their account name as password.
struct DemoWithKeys {
  let folder: TemporaryFolder
  let data: URL
  let environment: [String: String]

  init() throws {
    folder = try TemporaryFolder()
    environment = privateTemporaryDirectory(folder).merging([
      "XDG_CONFIG_HOME": folder.child("config").path
    ]) { _, new in new }
    data = folder.child("province")
    let written = try BuiltBinary.run(["demo", "--out", data.path], environment: environment)
    try #require(written.status == 0, "\(written.stderr)")
  }

  /// Where the key files are (`XDG_CONFIG_HOME`).
  var config: URL { folder.child("config") }

  /// `antq ARGUMENTS --data DIR --lang en` without a terminal; `input` on its standard input
  /// (a password, as a script gives it).
  func run(_ arguments: [String], input: String? = nil) throws -> BuiltBinary.Output {
    try BuiltBinary.run(
      arguments + ["--data", data.path, "--lang", "en"], environment: environment, input: input)
  }

  /// The console on the folder in tmux: as this machine's account (the admin, no password),
  /// or as `user`, waiting at their password prompt.
  func console(as user: String? = nil) throws -> TmuxTerminal {
    let terminal = try TmuxTerminal(
      [BuiltBinary.url.path, "--data", data.path] + (user.map { ["--user", $0] } ?? []),
      environment: environment)
    let awaited = user.map { "Mật khẩu của \($0):" } ?? "Tổng quan"
    let shown = try terminal.wait(for: awaited, seconds: 30)
    #expect(shown.found, "screen:\n\(shown.screen)")
    return terminal
  }
}
