import ANTQCore
import ANTQTUI
import Testing

@Suite(.serialized) @MainActor struct ActivitiesTests {
  @Test func eachKindHasItsListAndAnOutreachSessionIsSaved() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("7"), on: canvas)
    // Every record of the year, the grassroots force's (the report's 1.872) and others'.
    let report = YearReport(data: AppFixture.demo, year: 2025)
    let numbers = NumberStyle(.vi)
    #expect(
      canvas.lines.last!.hasPrefix(
        "Tuyên truyền · \(numbers.integer(report.outreachSessionsAll)) bản ghi"))
    app.press(.text("t"), on: canvas)
    #expect(
      canvas.lines.last!.hasPrefix(
        "Phân luồng giao thông · \(numbers.integer(report.trafficDutiesAll)) bản ghi"))
    app.press(.text("T"), .text("n"), on: canvas)
    #expect(canvas.screen.contains("Buổi tuyên truyền mới"))
    app.press(.enter, on: canvas)
    app.fill("minh tri", on: canvas)
    app.fill("Phòng chống ma túy học đường", on: canvas)
    app.type("120", on: canvas)
    let saved = app.pressSaving(.function(2), on: canvas)
    #expect(saved.count == 1)
    #expect(canvas.lines[4].hasPrefix("29/11/2026 Minh Trì"), "\(canvas.screen)")
    #expect(canvas.lines[4].contains("Phòng chống ma túy học đường"))
  }

  @Test func aWantedPersonNeedsItsWarrantNumber() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("7"), .text("T"), .text("n"), on: canvas)
    #expect(canvas.screen.contains("Đối tượng truy nã mới"))
    app.press(.enter, .enter, .text("đ"), .function(2), on: canvas)
    #expect(canvas.line(with: "Kết quả").contains("đầu thú"))
    #expect(canvas.lines(after: "Số quyết định").contains("không được để trống"))
  }

  @Test func aManagedPersonIsPutInTheCareOfOneOfTheCommunesTeams() {
    var (app, canvas) = AppFixture.app()
    let data = AppFixture.demo
    let chiDam = data.communes.first { $0.name == "Chí Đám" }!
    let team = data.teams.first { $0.communeID == chiDam.id && $0.dissolved == nil }!
    let elsewhere = data.teams.first { $0.communeID != chiDam.id }!
    app.press(.text("7"), .text("T"), .text("T"), .text("n"), on: canvas)
    #expect(canvas.screen.contains("Người chấp hành án tại địa phương mới"))
    app.press(.enter, on: canvas)
    app.fill("chi dam", on: canvas)
    app.fill("Nguyễn Văn Bình", on: canvas)
    app.press(.enter, .enter, on: canvas)
    app.type(elsewhere.name, on: canvas)
    #expect(app.pressSaving(.function(2), on: canvas).isEmpty)
    #expect(canvas.lines(after: "Tổ bảo vệ ANTT").contains(elsewhere.name), "\(canvas.screen)")
    app.press(.control("u"), on: canvas)
    app.type(team.name, on: canvas)
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let person = record.as(ManagedPerson.self) else {
      Issue.record("nothing saved: \(canvas.screen)")
      return
    }
    #expect(person.teamID == team.id)
    #expect(person.communeID == chiDam.id)
  }
}
