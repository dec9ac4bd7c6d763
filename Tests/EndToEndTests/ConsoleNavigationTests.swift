import Foundation
import Testing

extension Console {
  /// Language, filter, drill-down and year, each as a user does it.
  @Suite struct Navigation {
    @Test func englishDashboardAndSwitchingLanguageWhileRunning() throws {
      let run = try ConsoleRun(["--demo", "--lang", "en"])
      let english = ["Communes and wards", "Model sites", "Grassroots security teams"]
      try run.expectDashboard(DemoFigures.dashboard2025English + english)
      #expect(try !run.terminal.screen().contains("Xã, phường"))

      try run.terminal.keys("L")
      let vietnamese = try run.terminal.wait(
        forAll: DemoFigures.dashboard2025Vietnamese + ["Xã, phường", "Tổng quan"])
      #expect(vietnamese.found, "after L:\n\(vietnamese.screen)")
      #expect(!vietnamese.screen.contains("Communes and wards"))

      try run.terminal.keys("L")
      let back = try run.terminal.wait(forAll: english + ["Switched to English."])
      #expect(back.found, "after a second L:\n\(back.screen)")
      try run.quit()
    }

    @Test func filterWithoutAccentsKeepsOnlyTheMatchingCommune() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("2")
      #expect(try terminal.wait(forAll: ["Chí Đám", "148 bản ghi"]).found)

      try terminal.keys("/")
      try terminal.type("dao tru")
      let filtered = try terminal.wait(forGone: "Chí Đám")
      #expect(filtered.found, "filter did not narrow the list:\n\(filtered.screen)")
      let rows = tableRows(filtered.screen)
      #expect(rows.count == 1 && rows.first?.hasPrefix("Đạo Trù") == true, "rows: \(rows)")

      try terminal.keys("Enter")
      let status = try terminal.wait(for: "1 bản ghi · lọc: dao tru")
      #expect(status.found, "status bar after Enter:\n\(status.screen)")
      #expect(tableRows(status.screen).count == 1)

      // Esc while the filter prompt is open clears it (the prompt reopens with the text).
      try terminal.keys("/")
      #expect(try terminal.wait(for: "Lọc: dao tru").found)
      try terminal.keys("Escape")
      let restored = try terminal.wait(forAll: ["148 bản ghi", "Chí Đám", "An Cường"])
      #expect(restored.found, "Esc did not restore the list:\n\(restored.screen)")
      #expect(!restored.screen.contains("lọc:"))
      try run.quit()
    }

    @Test func enterOpensTheCommuneAndEscReturnsToTheSameRow() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("2")
      #expect(try terminal.wait(for: "148 bản ghi").found)
      // Đồng Lương is the 17th commune in name order.
      for _ in 0..<16 { try terminal.keys("Down") }
      let selected = try terminal.wait(seconds: 15) { _ in
        (try? terminal.reverseVideoLines().contains { $0.hasPrefix("Đồng Lương") }) == true
      }
      #expect(selected.found, "Đồng Lương not selected:\n\(selected.screen)")

      try terminal.keys("Enter")
      let page = try terminal.wait(
        forAll: ["Xã Đồng Lương", "Khu dân cư đạt: 38 / 42", "Thôn Bến", "42 bản ghi"])
      #expect(page.found, "commune page:\n\(page.screen)")
      #expect(!page.screen.contains("Chí Đám"))

      try terminal.keys("Escape")
      let list = try terminal.wait(forAll: ["148 bản ghi", "Chí Đám"])
      #expect(list.found, "Esc did not return to the list:\n\(list.screen)")
      let reversed = try terminal.reverseVideoLines()
      #expect(reversed.filter { $0.hasPrefix("Đồng Lương") }.count == 1, "reversed: \(reversed)")
      try run.quit()
    }

    @Test func bracketsSwitchBetween2024And2025() throws {
      let report2024 = try JSONReport.demo(year: 2024)
      let safe2024 = "\(report2024.int("communesSafe")) / \(report2024.int("communes"))"
      #expect(safe2024 != "128 / 148")
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      #expect(try terminal.screen().contains("Năm 2025"))

      try terminal.keys("[")
      let earlier = try terminal.wait(forAll: ["Năm 2024", safe2024])
      #expect(earlier.found, "2024 dashboard:\n\(earlier.screen)")
      #expect(!earlier.screen.contains("86,48 %"))
      #expect(!earlier.screen.contains("33.104"))

      try terminal.keys("]")
      let later = try terminal.wait(forAll: ["Năm 2025"] + DemoFigures.dashboard2025Vietnamese)
      #expect(later.found, "back to 2025:\n\(later.screen)")
      #expect(!later.screen.contains(safe2024))
      try run.quit()
    }
  }
}
