import Foundation
import Testing

/// Users of the demo at the keyboard: a clerk of Chí Đám, and a supervisor's wrong passwords.
@Suite(.serialized) struct ConsoleRolesTests {
  private static func count(_ text: String, in screen: String) -> Int {
    screen.components(separatedBy: text).count - 1
  }

  @Test func aClerkOfChiDamSeesOnlyChiDamsPatrolsAndTheOthersAsACount() throws {
    let demo = try DemoWithKeys()
    let terminal = try demo.console(as: "canbo.chidam")
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
    let demo = try DemoWithKeys()
    // Three tries at one start, then two at the next: the fifth locks.
    var terminal = try demo.console(as: "lanhdao")
    for asked in 1...3 {
      try terminal.type("sai-mat-khau")
      try terminal.keys("Enter")
      // The answer to this try before the next one is typed.
      _ = try terminal.wait(seconds: 20) { Self.count("Sai mật khẩu", in: $0) >= asked }
    }
    #expect(try terminal.exitCode(seconds: 20) == 1)
    #expect(try terminal.screen().contains("Còn 2 lần thử"))
    terminal.stop()
    terminal = try demo.console(as: "lanhdao")
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
      [BuiltBinary.url.path, "--data", demo.data.path, "--user", "lanhdao"],
      environment: demo.environment)
    defer { terminal.stop() }
    #expect(try terminal.exitCode(seconds: 30) == 1)
    let screen = try terminal.screen()
    #expect(screen.contains("bị khóa") && !screen.contains("Mật khẩu của lanhdao"), "\(screen)")
  }
}
