import ANTQCore
import ANTQTUI
import Testing

@Suite(.serialized) @MainActor struct TipFormTests {
  static let received = Moment(iso: "2026-11-20T08:00")!

  func tip(stage steps: [Tip.Stage] = [.received], commune: String = "c") -> Tip {
    Tip(
      id: "t", communeID: commune, residentialAreaID: nil, receivedAt: Self.received,
      channel: .phone, kind: .crimeReport, topic: "Trộm cắp", urgency: .normal, summary: "…",
      informant: nil,
      steps: steps.map { Tip.Step(stage: $0, at: Self.received) })
  }

  @Test func forwardingIsOverdueAfter24HoursOr48InARemoteCommune() {
    let tip = tip()
    let day = Self.received.adding(minutes: 24 * 60)
    #expect(TipDeadline.of(tip, remote: false, now: day) == nil)
    #expect(TipDeadline.of(tip, remote: false, now: day.adding(minutes: 1)) == .forward)
    #expect(TipDeadline.of(tip, remote: true, now: day.adding(minutes: 1)) == nil)
    let twoDays = Self.received.adding(minutes: 48 * 60)
    #expect(TipDeadline.of(tip, remote: true, now: twoDays) == nil)
    #expect(TipDeadline.of(tip, remote: true, now: twoDays.adding(minutes: 1)) == .forward)
    let forwarded = self.tip(stage: [.received, .classified, .verifying, .forwarded])
    #expect(TipDeadline.of(forwarded, remote: false, now: twoDays) == nil)
  }

  @Test func aDecisionIsOverdue20DaysAfterReceipt() {
    let tip = tip(stage: [.received, .classified])
    let due = Moment(day: Self.received.day.adding(days: 20), minuteOfDay: 1439)
    #expect(TipDeadline.of(tip, remote: false, now: due) == .forward)
    #expect(TipDeadline.of(tip, remote: false, now: due.adding(minutes: 1)) == .decision)
    let decided = self.tip(stage: [.received, .classified, .verifying, .outOfScope])
    #expect(TipDeadline.of(decided, remote: false, now: due.adding(minutes: 1)) == nil)
  }

  func intake(_ app: inout App, _ canvas: GridCanvas, topic: String, area: String) {
    app.press(.text("6"), .text("n"), .enter, .enter, .right, .enter, .enter, on: canvas)
    app.fill(topic, on: canvas)
    app.press(.text("k"), .enter, .enter, .enter, .enter, on: canvas)
    app.fill(area, on: canvas)
    app.fill("Có người lạ đột nhập nhà dân lúc nửa đêm", on: canvas)
    app.press(.enter, on: canvas)
    app.fill("Nguyễn Văn Ánh", on: canvas)
    app.fill("0912 345 678", on: canvas)
  }

  @Test func aTipIsTakenInAndItsInformantStaysOutOfTheList() {
    var (app, canvas) = AppFixture.app()
    intake(&app, canvas, topic: "Trộm cắp tài sản", area: "Thôn Mận")
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let tip = record.as(Tip.self) else {
      Issue.record("nothing saved: \(canvas.screen)")
      return
    }
    #expect(tip.channel == .phone)
    #expect(tip.urgency == .urgent)
    #expect(tip.informant?.name == "Nguyễn Văn Ánh")
    #expect(tip.steps.map(\.stage) == [.received])
    #expect(canvas.lines[3].contains("Trộm cắp tài sản"))
    #expect(!canvas.screen.contains("Nguyễn Văn Ánh"))
    #expect(!canvas.screen.contains("0912"))
    app.press(.text("e"), on: canvas)
    #expect(canvas.screen.contains("Nguyễn Văn Ánh"), "the form shows the informant")
  }

  @Test func theInformantsIDNumberIsTakenInWithTheRestOfTheIdentity() {
    var (app, canvas) = AppFixture.app()
    intake(&app, canvas, topic: "Trộm cắp tài sản", area: "Thôn Mận")
    #expect(canvas.line(with: "Số CCCD/CMND").contains("Số CCCD/CMND"), "\(canvas.screen)")
    app.fill("Thôn Mận, xã Chí Đám", on: canvas)
    app.fill("001085012345", on: canvas)
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let tip = record.as(Tip.self) else {
      Issue.record("nothing saved: \(canvas.screen)")
      return
    }
    #expect(tip.informant?.idNumber == "001085012345")
    #expect(tip.informant?.address == "Thôn Mận, xã Chí Đám")
    #expect(!canvas.screen.contains("001085012345"))
  }

  @Test func aLikelyDuplicateIsPointedOutAndCanBeSavedAnyway() {
    var (app, canvas) = AppFixture.app()
    intake(&app, canvas, topic: "Trộm cắp tài sản", area: "Thôn Mận")
    app.pressSaving(.function(2), on: canvas)
    app.press(.escape, on: canvas)
    intake(&app, canvas, topic: "trom cap tai san", area: "Thôn Mận")
    #expect(app.pressSaving(.function(2), on: canvas).isEmpty)
    #expect(canvas.screen.contains("Có thể trùng tin báo"))
    #expect(app.pressSaving(.function(2), on: canvas).count == 1)
  }

  @Test func onlyAllowedMovesAreOfferedAndEachNeedsItsDate() {
    var (app, canvas) = AppFixture.app()
    intake(&app, canvas, topic: "Đánh bạc", area: "Thôn Mận")
    app.pressSaving(.function(2), on: canvas)
    app.press(.text("e"), on: canvas)
    #expect(canvas.line(with: "Chuyển bước").contains("phân loại"))
    #expect(!canvas.line(with: "Chuyển bước").contains("xác minh"))
    for _ in 0..<16 { app.press(.down, on: canvas) }
    #expect(canvas.line(with: "▸ Chuyển bước").count > 0, "\(canvas.screen)")
    app.press(.right, on: canvas)
    var saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let classified = record.as(Tip.self) else {
      Issue.record("not moved: \(canvas.screen)")
      return
    }
    #expect(classified.stage == .classified)
    app.press(.text("e"), on: canvas)
    #expect(canvas.line(with: "Chuyển bước").contains("xác minh"))
    #expect(!canvas.line(with: "Chuyển bước").contains("phân loại"))
    for _ in 0..<16 { app.press(.down, on: canvas) }
    app.press(.right, .enter, on: canvas)
    app.fill("31/02/2026", on: canvas)
    saved = app.pressSaving(.function(2), on: canvas)
    #expect(saved.isEmpty)
    #expect(canvas.screen.contains("Ngày 31/02/2026 không có"))
  }
}
