import ANTQCore
import ANTQTUI
import Testing

/// Each role is offered only its work: what a clerk of one commune sees and is told.
@Suite struct RoleTests {
  /// The demo with a clerk of the commune of the newest patrol, and a supervisor.
  private static func app(as account: String) -> (App, GridCanvas, Commune) {
    var data = AppFixture.demo
    let newest = data.patrols.filter { $0.day.year == 2025 }.max { $0.start < $1.start }!
    let own = data.communes.first { $0.id != newest.communeID }!
    data.users = [
      User(id: "canbo", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: [own.id]),
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor),
    ]
    let app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, now: AppFixture.lateEvening, account: account)
    let canvas = GridCanvas(rows: 30, columns: 100)
    app.draw(on: canvas)
    return (app, canvas, data.communes.first { $0.id == newest.communeID }!)
  }

  @Test func aClerkCannotReachAnotherCommunesPatrolAndEditsTheirOwn() {
    var (app, canvas, other) = Self.app(as: "canbo")
    app.press(.text("5"), on: canvas)
    #expect(canvas.lines[2].hasPrefix(" Chỉ hiện bản ghi của "), "\(canvas.screen)")
    #expect(!canvas.lines[4...].contains { $0.contains(other.name) })
    let effects = app.press(.text("e"), on: canvas)
    #expect(effects.isEmpty)
    #expect(canvas.screen.contains("Sửa tuần tra"), "\(canvas.screen)")
    // The title says who is at the keyboard.
    #expect(canvas.lines[0].contains("canbo · Cán bộ nhập liệu"))
  }

  @Test func whatARoleMayNotDoIsNotOfferedAndIsRefusedAtThePrompt() {
    var (clerk, canvas, _) = Self.app(as: "canbo")
    clerk.press(.text("2"), on: canvas)
    #expect(!canvas.lines.last!.contains("Đánh giá, thẩm định năm"))
    clerk.press(.text("?"), on: canvas)
    #expect(!canvas.screen.contains("Đánh giá, thẩm định năm"))
    clerk.press(.escape, .text(":"), on: canvas)
    clerk.type("assess", on: canvas)
    clerk.press(.enter, on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Việc này cần lãnh đạo"))
    var (supervisor, other, _) = Self.app(as: "lanhdao")
    supervisor.press(.text("2"), .text("?"), on: other)
    #expect(other.screen.contains("Đánh giá, thẩm định năm"))
  }
}

@Suite struct RevealOfferTests {
  @Test func aClerkIsNotOfferedToRevealAnIdentity() {
    var data = AppFixture.demo
    data.users = [User(id: "canbo", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: ["X"])]
    var app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, account: "canbo")
    let canvas = GridCanvas(rows: 30, columns: 100)
    app.press(.text("6"), .text("R"), on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Tài khoản canbo không được xem danh tính người báo tin"))
  }
}
