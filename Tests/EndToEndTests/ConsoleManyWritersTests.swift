import Foundation
import Testing

/// Two consoles on one folder at once, as a clerk and a supervisor on the province's server.
extension Console {
  @Suite struct ManyWriters {
    static let route = "Tuyến ven sông Lô"

    @Test func aPatrolSavedByOneConsoleShowsOnTheOtherWithNoKeyPressed() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let clerk = try ConsoleRun(["--data", data.path])
      try clerk.expectDashboard()
      let supervisor = try ConsoleRun(["--data", data.path])
      try supervisor.expectDashboard()
      try supervisor.terminal.keys("5")
      #expect(try supervisor.terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi").found)

      // A patrol dated in 2025, so it lands in the year both lists show.
      try clerk.terminal.keys("5", "n")
      try clerk.terminal.type("30/12/2025")
      try clerk.terminal.keys("Enter")
      try clerk.terminal.type("1930")
      try clerk.terminal.keys("Enter")
      try clerk.terminal.type("2130")
      try clerk.terminal.keys("Enter", "Enter", "Enter", "Enter")
      try clerk.terminal.type(Self.route)
      try clerk.terminal.keys("Enter")
      try clerk.terminal.type("2")
      try clerk.terminal.keys("F2")
      #expect(try clerk.terminal.wait(forAll: ["Đã lưu.", Self.route]).found)

      let seen = try supervisor.terminal.wait(
        forAll: [Self.route, "1 thay đổi mới từ máy khác."], seconds: 3)
      #expect(seen.found, "the supervisor's list, no key pressed:\n\(seen.screen)")
      try clerk.quit()
      try supervisor.quit()
    }

    @Test func twoEditsOfOnePatrolShowTheSecondSaverTheFirstVersion() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let first = try ConsoleRun(["--data", data.path])
      try first.expectDashboard()
      let second = try ConsoleRun(["--data", data.path])
      try second.expectDashboard()
      for run in [first, second] {
        try run.terminal.keys("5")
        #expect(try run.terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi").found)
        try run.terminal.keys("e")
        #expect(try run.terminal.wait(for: "Sửa tuần tra").found)
        for _ in 0..<6 { try run.terminal.keys("Tab") }
      }
      try first.terminal.type("Tuyến của người thứ nhất")
      try first.terminal.keys("F2")
      #expect(try first.terminal.wait(for: "Đã lưu.").found)

      try second.terminal.type("Tuyến của người thứ hai")
      try second.terminal.keys("F2")
      let conflict = try second.terminal.wait(
        forAll: ["đã sửa bản ghi này", "Tuyến của người thứ nhất", "Tuyến của người thứ hai"])
      #expect(conflict.found, "the second save:\n\(conflict.screen)")
      try second.terminal.keys("k")  // keep mine, knowingly
      #expect(try second.terminal.wait(for: "Đã lưu.").found)
      let shown = try first.terminal.wait(for: "Tuyến của người thứ hai", seconds: 3)
      #expect(shown.found, "the first console after the second kept theirs:\n\(shown.screen)")
      try first.quit()
      try second.quit()
    }

    @Test func aReadOnlyConsoleFollowsTheOthersAndRefusesToChange() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let reader = try ConsoleRun(["--data", data.path, "--read-only"])
      try reader.expectDashboard()
      #expect(try reader.terminal.screen().contains("chỉ xem"))
      try reader.terminal.keys("5", "n")
      #expect(try reader.terminal.wait(for: "chế độ chỉ xem").found)
      try reader.terminal.keys("j")  // the notice read

      let writer = try ConsoleRun(["--data", data.path])
      try writer.expectDashboard()
      try writer.terminal.keys("5", "d")
      #expect(try writer.terminal.wait(for: "Xác nhận").found)
      try writer.terminal.keys("y")
      #expect(try writer.terminal.wait(for: "Đã lưu.").found)
      #expect(try reader.terminal.wait(for: "1 thay đổi mới từ máy khác.", seconds: 3).found)
      try reader.terminal.keys("j")
      #expect(try reader.terminal.wait(for: "\(DemoFigures.patrolsAll2025Less1) bản ghi").found)
      try writer.quit()
      try reader.quit()
    }
  }
}
