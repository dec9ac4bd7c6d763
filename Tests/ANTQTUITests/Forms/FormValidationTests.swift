import ANTQCore
import ANTQTUI
import Testing

/// Every message a clerk can meet in the patrol form, shown next to the field as it is left.
@Suite(.serialized) @MainActor struct FormValidationTests {
  func patrolForm() -> (App, GridCanvas) {
    var (app, canvas) = AppFixture.app()
    app.press(.text("5"), .text("n"), on: canvas)
    return (app, canvas)
  }

  @Test func aDateThatDoesNotExistIsRefusedAndKept() {
    var (app, canvas) = patrolForm()
    app.fill("31/02/2025", on: canvas)
    #expect(canvas.line(with: "Ngày ").contains("31/02/2025"))
    #expect(
      canvas.lines(after: "Ngày ").contains("Ngày 31/02/2025 không có: tháng 2 năm đó chỉ có 28"))
    #expect(app.press(.function(2), on: canvas).isEmpty, "nothing is saved")
    #expect(canvas.lines.last!.contains("Có ô chưa đúng"))
    #expect(canvas.line(with: "▸ Ngày").contains("31/02/2025"), "focus goes back to the date")
  }

  @Test func aFutureDateIsRefused() {
    var (app, canvas) = patrolForm()
    app.fill("30/11/2026", on: canvas)
    #expect(canvas.lines(after: "Ngày ").contains("Ngày 30/11/2026 ở tương lai"))
  }

  @Test func eachDateShorthandIsShownAsADate() {
    var (app, canvas) = patrolForm()
    app.fill("hom qua", on: canvas)
    #expect(canvas.line(with: "Ngày ").contains("28/11/2026"))
    app.press(.backTab, on: canvas)
    app.fill("today", on: canvas)
    #expect(canvas.line(with: "Ngày ").contains("29/11/2026"))
    app.press(.backTab, on: canvas)
    app.fill("3/11", on: canvas)
    #expect(canvas.line(with: "Ngày ").contains("03/11/2026"))
  }

  @Test func anEndBeforeTheStartIsRefusedWithTheWayToSayMidnight() {
    var (app, canvas) = patrolForm()
    app.press(.enter, on: canvas)
    app.fill("22h", on: canvas)
    app.fill("0200", on: canvas)
    let message = canvas.lines(after: "Kết thúc", count: 3)
    #expect(message.contains("Giờ kết thúc 02:00 không sau giờ bắt đầu 22:00"))
    app.press(.backTab, on: canvas)
    app.fill("02:00+1", on: canvas)
    #expect(!canvas.screen.contains("không sau giờ bắt đầu"))
  }

  @Test func aNegativeOrNonNumericCountIsRefused() {
    var (app, canvas) = patrolForm()
    for _ in 0..<7 { app.press(.enter, on: canvas) }
    #expect(canvas.line(with: "▸ Công an").count > 0)
    app.fill("-2", on: canvas)
    #expect(canvas.lines(after: "Công an").contains("Số lượng -2 âm"))
    app.fill("ba", on: canvas)
    #expect(canvas.lines(after: "Dân quân").contains("“ba” không phải số nguyên"))
  }

  @Test func anEmptyRequiredFieldIsRefusedOnSave() {
    var (app, canvas) = patrolForm()
    // Clear the start and the route the form offers (the usual patrol's).
    app.press(.enter, .control("u"), .enter, .enter, .enter, .enter, .enter, on: canvas)
    app.press(.control("u"), .function(2), on: canvas)
    #expect(canvas.lines(after: "Bắt đầu").contains("Chưa có giờ"))
    #expect(canvas.lines(after: "Tuyến tuần tra").contains("không được để trống"))
  }

  @Test func aTeamOfAnotherCommuneIsRefused() {
    var (app, canvas) = patrolForm()
    let commune = AppFixture.demo.communes.first { $0.name == "Minh Trì" }!
    let own = Set(AppFixture.demo.teams.filter { $0.communeID == commune.id }.map(\.name.folded))
    let other = AppFixture.demo.teams.first { team in
      team.communeID != commune.id && !own.contains { $0.contains(team.name.folded) }
    }!
    for _ in 0..<4 { app.press(.enter, on: canvas) }
    app.fill(other.name, on: canvas)
    #expect(
      canvas.lines(after: "Tổ bảo vệ ANTT").contains("thuộc xã, phường khác"), "\(canvas.screen)")
  }

  @Test func textTooLongIsRefusedAndKept() {
    var (app, canvas) = patrolForm()
    for _ in 0..<6 { app.press(.enter, on: canvas) }
    app.fill(String(repeating: "đường ", count: 40), on: canvas)
    #expect(canvas.lines(after: "Tuyến tuần tra").contains("Quá dài: 239 ký tự, tối đa 200"))
  }

  @Test func vietnameseTypedWithCombiningMarksIsStoredNFC() {
    var (app, canvas) = patrolForm()
    for _ in 0..<6 { app.press(.enter, on: canvas) }
    // "Đê" typed as D-stroke, e, combining circumflex: one letter on screen, NFC stored.
    app.type("Đe\u{0302} sông", on: canvas)
    #expect(canvas.line(with: "Tuyến tuần tra").contains("Đê sông"))
    app.press(.home, .right, .delete, on: canvas)
    app.type("ề", on: canvas)
    #expect(canvas.line(with: "Tuyến tuần tra").contains("Đề sông"))
    app.press(.control("e"), .backspace, .control("a"), .delete, on: canvas)
    #expect(canvas.line(with: "Tuyến tuần tra").hasSuffix("ề sôn"))
  }

  @Test func longTextScrollsSidewaysWithinTheField() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .text("n"), on: canvas)
    for _ in 0..<6 { app.press(.enter, on: canvas) }
    app.type(String(repeating: "Ngõ xóm ", count: 12) + "cuối", on: canvas)
    let line = canvas.line(with: "Tuyến tuần tra")
    #expect(line.hasSuffix("cuối ") || line.hasSuffix("cuối"))
    #expect(line.displayWidth <= 80)
  }
}
