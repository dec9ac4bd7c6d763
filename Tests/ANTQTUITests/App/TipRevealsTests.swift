import ANTQCore
import ANTQTUI
import Testing

/// A tip's page lists every earlier look at its informant (who, when, why) to those who may
/// see that.
@Suite struct TipRevealsTests {
  static let newest = AppFixture.demo.tips.filter { $0.day.year == 2025 }
    .max { $0.receivedAt < $1.receivedAt }!

  static func app(as account: String) -> (App, GridCanvas) {
    var data = AppFixture.demo
    data.users = [
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor),
      User(id: "canbo", fullName: "Lê Thị Thu Hà", role: .clerk, communeIDs: [newest.communeID]),
    ]
    let index = data.tips.firstIndex { $0.id == newest.id }!
    data.tips[index].informant = nil
    data.tips[index].sealedIdentity = SealedIdentity(box: "c2VhbGVk", keys: ["lanhdao": "a2V5"])
    data.reveals = [
      IdentityReveal(
        id: "XDT-1", tipID: newest.id, account: "lanhdao",
        at: Moment(iso: "2026-01-05T09:30")!, reason: "Xác minh lời khai"),
      IdentityReveal(
        id: "XDT-2", tipID: newest.id, account: "lanhdao",
        at: Moment(iso: "2026-02-10T14:05")!, reason: "Mời người báo làm chứng"),
    ]
    let app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, now: AppFixture.lateEvening, account: account)
    let canvas = GridCanvas(rows: 24, columns: 80)
    app.draw(on: canvas)
    return (app, canvas)
  }

  @Test func aSupervisorSeesWhoRevealedTheInformantWhenAndWhy() {
    var (app, canvas) = Self.app(as: "lanhdao")
    app.press(.text("6"), .enter, on: canvas)
    #expect(canvas.lines[2].contains("Tin báo \(Self.newest.id)"), "\(canvas.screen)")
    #expect(canvas.screen.contains("Các lần xem danh tính người báo (ai, khi nào, lý do): 2"))
    let latest = canvas.line(with: "10/02/2026 14:05")
    #expect(latest.contains("lanhdao · Nguyễn Văn Hùng") && latest.contains("Mời người báo"))
    #expect(canvas.line(with: "05/01/2026 09:30").contains("Xác minh lời khai"))
    // Newest first, and the page is whole at 80×24.
    #expect(
      canvas.lines.firstIndex(of: latest)! < canvas.lines.firstIndex { $0.contains("05/01") }!)
    #expect(canvas.lines[23].hasPrefix("2 bản ghi"))
    app.press(.escape, on: canvas)
    #expect(canvas.lines[2].hasPrefix("Tiếp nhận"), "Esc goes back to the list")
  }

  @Test func theInformantIsRevealedFromTheTipsPageWithAReason() {
    var (app, canvas) = Self.app(as: "lanhdao")
    app.press(.text("6"), .enter, .text("R"), on: canvas)
    #expect(canvas.lines[23].hasPrefix("Lý do xem danh tính:"), "\(canvas.lines[23])")
    app.type("Đối chất", on: canvas)
    let effects = app.press(.enter, on: canvas)
    guard case .reveal(let tipID, let reason) = effects.first else {
      Issue.record("no reveal asked: \(effects)")
      return
    }
    #expect(tipID == Self.newest.id && reason == "Đối chất")
  }

  @Test func aClerkIsNotShownTheReveals() {
    var (app, canvas) = Self.app(as: "canbo")
    app.press(.text("6"), .enter, on: canvas)
    #expect(canvas.screen.contains("chỉ hiện cho người được đọc danh tính"), "\(canvas.screen)")
    #expect(!canvas.screen.contains("Xác minh lời khai"))
    #expect(!canvas.screen.contains("lanhdao"))
  }
}
