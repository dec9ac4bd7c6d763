import ANTQCore
import ANTQTUI
import Testing

@Suite struct ClassificationScreenTests {
  /// Filter to Chí Đám, open it, mark its first safe residential area chưa đạt.
  @Test func markingAnAreaNotSafeChangesTheCommuneShareAndTheDashboard() throws {
    var (app, canvas) = AppFixture.app()
    let numbers = NumberStyle(.vi)
    let before = YearReport(data: app.context.data, year: 2025)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .enter, on: canvas)
    #expect(canvas.screen.contains("Khu dân cư đạt: 31 / 34 (91,17 %)"))
    #expect(canvas.lines[canvas.selectedRow!].contains("đạt"))
    app.press(.text("a"), on: canvas)
    #expect(canvas.lines[2].contains("Đánh giá an toàn năm 2025: Khu Cây Đa (Chí Đám)"))
    app.press(.right, .tab, on: canvas)
    app.type("45/QĐ-UBND", on: canvas)
    let saved = app.pressRecording(.function(2), on: canvas)
    #expect(saved.count == 1)
    #expect(canvas.lines.last!.hasPrefix("Đã lưu"))
    #expect(canvas.screen.contains("Khu dân cư đạt: 30 / 34 (88,23 %)"))
    let row = try #require(canvas.lines.first { $0.hasPrefix("Khu Cây Đa") })
    #expect(row.contains("chưa đạt") && row.contains("45/QĐ-UBND · 20/11/2025"))

    app.press(.escape, on: canvas)
    #expect(canvas.lines[canvas.selectedRow!].contains("30/34"), "the list shows the new share")
    app.press(.text("1"), on: canvas)
    let safe = numbers.integer(before.residentialAreasSafe - 1)
    let all = numbers.integer(before.residentialAreas)
    #expect(
      canvas.lines.contains { $0.contains("Khu dân cư") && $0.contains("\(safe) / \(all)") },
      "the dashboard counts one safe area fewer")
  }

  @Test func aCommuneWithoutAModelCannotBeMarkedSafe() {
    var data = AppFixture.demo
    let chiDam = data.communes.first { $0.name == "Chí Đám" }!
    data.modelSites.removeAll { $0.communeID == chiDam.id }
    var app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today)
    let canvas = GridCanvas(rows: 30, columns: 100)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .text("a"), on: canvas)
    app.press(.tab, on: canvas)
    app.type("7/QĐ-UBND", on: canvas)
    let saved = app.pressRecording(.function(2), on: canvas)
    #expect(saved.isEmpty)
    #expect(canvas.screen.contains("Thông tư 124/2021/TT-BCA, Điều 5(1): Chí Đám chưa có mô hình"))
    app.press(.text("c"), on: canvas)
    let notMet = app.pressRecording(.function(2), on: canvas)
    #expect(notMet.count == 1, "chưa đạt is allowed")
    #expect(canvas.lines[3].hasPrefix("Chí Đám") && canvas.lines[3].contains("chưa đạt"))
  }
}
