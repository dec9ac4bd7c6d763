import Foundation
import Testing

/// A supervisor's work through the real binary: classify a residential area and see every
/// roll-up follow; be told why a team member is refused.
extension Console {
  @Suite struct Supervisor {
    @Test func markingAnAreaOfChiDamNotMetChangesItsShareAndTheDashboard() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("2", "/")
      try terminal.type("chi dam")
      try terminal.keys("Enter", "Enter")
      let page = try terminal.wait(forAll: ["Xã Chí Đám", "Khu dân cư đạt: 31 / 34", "Khu Cây Đa"])
      #expect(page.found, "Chí Đám's page:\n\(page.screen)")
      try terminal.keys("a", "Right", "Tab")
      try terminal.type("45/QĐ-UBND")
      try terminal.keys("F2")
      let saved = try terminal.wait(forAll: ["Đã lưu.", "Khu dân cư đạt: 30 / 34 (88,23 %)"])
      #expect(saved.found, "after marking Khu Cây Đa chưa đạt:\n\(saved.screen)")
      try terminal.keys("Escape")
      #expect(try terminal.wait(for: "30/34").found)
      try terminal.keys("1")
      let dashboard = try terminal.wait(for: "5.128 / 5.400 94,96 %")
      #expect(dashboard.found, "the dashboard after the change:\n\(dashboard.screen)")
      try run.quit()
    }

    @Test func aMemberWhoWouldBe17AtJoiningIsRefusedWithTheReason() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("4", "/")
      try terminal.type("chi dam")
      try terminal.keys("Enter", "Enter", "n")
      try terminal.type("Nguyễn Văn An")
      try terminal.keys("Enter")
      // Seventeen today by the full birth date (Law 30/2023 counts from it).
      let born = Calendar.current.date(byAdding: .year, value: -17, to: Date())!
      let format = DateFormatter()
      format.dateFormat = "dd/MM/yyyy"
      try terminal.type(format.string(from: born))
      try terminal.keys("F2")
      let refused = try terminal.wait(forAll: ["tuổi khi tham gia là 17", "Luật 30/2023/QH15"])
      #expect(refused.found, "the member form:\n\(refused.screen)")
      try terminal.keys("Escape", "y")
      try run.quit()
    }
  }
}
