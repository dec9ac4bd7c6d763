import Foundation
import Testing

extension Console {
  /// The issue's own walk through the console: dashboard, help, communes, resize, quit.
  @Suite struct Scenario {
    @Test func dashboardHelpCommunesResizeAndQuit() throws {
      let run = try ConsoleRun(["--demo"])
      let terminal = run.terminal
      try run.expectDashboard()
      #expect(try terminal.alternateScreenOn())

      try terminal.keys("?")
      let help = try terminal.wait(forAll: ["Trợ giúp: các phím", "Đổi ngôn ngữ", "Esc: đóng"])
      #expect(help.found, "help overlay:\n\(help.screen)")
      try terminal.keys("Escape")
      let closed = try terminal.wait(forGone: "Trợ giúp: các phím")
      #expect(closed.found, "help still open:\n\(closed.screen)")
      #expect(closed.screen.contains("86,48 %"))

      try terminal.keys("2")
      let communes = ["Tên ▲", "An toàn", "Chí Đám", "Đồng Lương", "148 bản ghi"]
      let list = try terminal.wait(forAll: communes)
      #expect(list.found, "communes screen:\n\(list.screen)")

      try terminal.resize(columns: 60, rows: 20)
      let small = try terminal.wait(forAll: ["quá nhỏ", "80×24", "60×20"])
      #expect(small.found, "too-small notice:\n\(small.screen)")
      #expect(!small.screen.contains("[exit"))
      #expect(try terminal.programPID() != nil, "the console died on a small window")

      try terminal.resize(columns: 100, rows: 30)
      let back = try terminal.wait(forAll: communes)
      #expect(back.found, "communes after resizing back:\n\(back.screen)")
      #expect(!back.screen.contains("quá nhỏ"))

      try run.quit()
      #expect(try terminal.screen().contains("[exit 0]"))
    }

    @Test func quittingWithoutChangesRemovesTheDemoCopy() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      try run.quit()
      let copies = try run.folder.contents().filter { $0.hasPrefix("antq-demo-") }
      #expect(copies.isEmpty, "demo copies left behind: \(copies)")
    }
  }
}
