import Foundation
import Testing

/// Users of the demo at the keyboard: a clerk of Chí Đám, and a supervisor's wrong passwords.
@Suite(.serialized) struct ConsoleRolesTests {
  /// A demo folder, its key files and the console's state in one temporary folder.
  private static func demo() throws -> (TemporaryFolder, URL, [String: String]) {
    let folder = try TemporaryFolder()
    let environment = privateTemporaryDirectory(folder).merging([
      "XDG_CONFIG_HOME": folder.child("config").path
    ]) { _, new in new }
    let data = folder.child("province")
    let written = try BuiltBinary.run(["demo", "--out", data.path], environment: environment)
    try #require(written.status == 0, "\(written.stderr)")
    return (folder, data, environment)
  }

  private static func console(_ data: URL, as user: String, _ environment: [String: String])
    throws -> TmuxTerminal
  {
    let terminal = try TmuxTerminal(
      [BuiltBinary.url.path, "--data", data.path, "--user", user], environment: environment)
    let asked = try terminal.wait(for: "Mật khẩu của \(user):", seconds: 30)
    #expect(asked.found, "screen:\n\(asked.screen)")
    return terminal
  }

  private static func count(_ text: String, in screen: String) -> Int {
    screen.components(separatedBy: text).count - 1
  }

  @Test func aClerkOfChiDamSeesOnlyChiDamsPatrolsAndTheOthersAsACount() throws {
    let (folder, data, environment) = try Self.demo()
    defer { _ = folder }
    let terminal = try Self.console(data, as: "canbo.chidam", environment)
    defer { terminal.stop() }
    try terminal.type("canbo.chidam")
    try terminal.keys("Enter")
    let signedIn = try terminal.wait(for: "canbo.chidam · Cán bộ nhập liệu", seconds: 30)
    try #require(signedIn.found, "screen:\n\(signedIn.screen)")
    try terminal.keys("5")
    let list = try terminal.wait(for: "Chỉ hiện bản ghi của Chí Đám; các xã khác:")
    #expect(list.found, "screen:\n\(list.screen)")
    // Another commune's patrol cannot be reached, so it cannot be opened for editing.
    let rows = list.screen.components(separatedBy: "\n").filter { $0.contains("/2025") }
    #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("Chí Đám") }, "\(list.screen)")
    // Classifying is a supervisor's: not in the clerk's help.
    try terminal.keys("2", "?")
    let help = try terminal.wait(for: "Trợ giúp")
    #expect(!help.screen.contains("Đánh giá, thẩm định năm"), "\(help.screen)")
    try terminal.keys("Escape", "q")
    #expect(try terminal.exitCode() == 0)
  }

  @Test func fiveWrongPasswordsLockTheUserEvenAgainstTheRightOne() throws {
    let (folder, data, environment) = try Self.demo()
    defer { _ = folder }
    // Three tries at one start, then two at the next: the fifth locks.
    var terminal = try Self.console(data, as: "lanhdao", environment)
    for asked in 1...3 {
      try terminal.type("sai-mat-khau")
      try terminal.keys("Enter")
      // The answer to this try before the next one is typed.
      _ = try terminal.wait(seconds: 20) { Self.count("Sai mật khẩu", in: $0) >= asked }
    }
    #expect(try terminal.exitCode(seconds: 20) == 1)
    #expect(try terminal.screen().contains("Còn 2 lần thử"))
    terminal.stop()
    terminal = try Self.console(data, as: "lanhdao", environment)
    for asked in 1...2 {
      try terminal.type("sai-mat-khau")
      try terminal.keys("Enter")
      _ = try terminal.wait(seconds: 20) {
        Self.count("Sai mật khẩu", in: $0) >= asked || $0.contains("bị khóa")
      }
    }
    #expect(try terminal.exitCode(seconds: 20) == 1)
    #expect(try terminal.screen().contains("Người dùng lanhdao bị khóa vì nhập sai mật khẩu 5 lần"))
    terminal.stop()
    // The right password now: still locked, and nothing opened.
    terminal = try TmuxTerminal(
      [BuiltBinary.url.path, "--data", data.path, "--user", "lanhdao"], environment: environment)
    defer { terminal.stop() }
    #expect(try terminal.exitCode(seconds: 30) == 1)
    let screen = try terminal.screen()
    #expect(screen.contains("bị khóa") && !screen.contains("Mật khẩu của lanhdao"), "\(screen)")
  }
}
