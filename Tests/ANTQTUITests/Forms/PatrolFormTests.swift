import ANTQCore
import ANTQTUI
import Testing

@Suite(.serialized) @MainActor struct PatrolFormTests {
  /// The patrols screen with the new-patrol form open.
  func openForm(columns: Int = 100, rows: Int = 30) -> (App, GridCanvas) {
    var (app, canvas) = AppFixture.app(columns: columns, rows: rows)
    app.press(.text("5"), .text("n"), on: canvas)
    return (app, canvas)
  }

  @Test func theTeamFillsInItsAreas() {
    var (app, canvas) = openForm()
    #expect(canvas.screen.contains("Tuần tra mới"))
    app.press(.enter, on: canvas)
    app.fill("1930", on: canvas)
    app.fill("2330", on: canvas)
    app.press(.enter, on: canvas)
    app.fill("man", on: canvas)
    #expect(canvas.line(with: "Bắt đầu").contains("19:30"))
    #expect(canvas.line(with: "Tổ bảo vệ ANTT").contains("Thôn Mận"))
    #expect(canvas.line(with: "Khu dân cư").contains("Thôn Mận"), "\(canvas.screen)")
  }
}
