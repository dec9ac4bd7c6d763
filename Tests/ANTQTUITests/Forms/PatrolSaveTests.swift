import ANTQCore
import ANTQTUI
import Testing

@Suite(.serialized) @MainActor struct PatrolSaveTests {
  /// A usual patrol: today, 19:30–23:30, the default commune, the team "Thôn Mận" and its
  /// areas, a route and three counts; everything else from the defaults.
  static let usualPatrol: [Key] =
    [.text("n"), .enter] + "1930".map(Key.text) + [.enter] + "2330".map(Key.text)
    + [.enter, .enter] + "man".map(Key.text) + [.enter, .enter] + "Đường liên thôn".map(Key.text)
    + [.enter] + [.text("2"), .enter, .text("1"), .enter, .text("4"), .function(2)]

  /// The clerk types the evening's patrol at the end of the shift: a patrol cannot start
  /// later than now.
  static let endOfShift = Moment(day: AppFixture.today, hour: 23, minute: 45)!

  @Test func aSavedPatrolAppearsInTheListAndOnTheDashboard() {
    var (app, canvas) = AppFixture.app(now: Self.endOfShift)
    app.press(.text("5"), on: canvas)
    var saved: [Change] = []
    for key in Self.usualPatrol { saved += app.pressSaving(key, on: canvas) }
    #expect(saved.count == 1)
    guard case .upsert(let record) = saved.first, let patrol = record.as(Patrol.self) else {
      Issue.record("no patrol saved")
      return
    }
    #expect(patrol.route == "Đường liên thôn")
    #expect(patrol.start.description == "2026-11-29T19:30")
    #expect(patrol.participants == Patrol.Participants(police: 2, militia: 1, teamMembers: 4))
    #expect(!patrol.residentialAreaIDs.isEmpty)
    #expect(Self.usualPatrol.count == 40, "29 typed characters and 11 keys")
    #expect(canvas.lines.last!.hasPrefix("Đã lưu."))
    #expect(canvas.lines[3].hasPrefix("29/11/2026 19:30–23:30 Minh Trì"), "\(canvas.screen)")
    #expect(canvas.lines[0].contains("Năm 2026"))
    app.press(.text("1"), on: canvas)
    #expect(canvas.line(with: "Tuần tra nhân dân").hasSuffix(" 1"), "\(canvas.screen)")
  }

  @Test func theNextPatrolRemembersCommuneShiftAndTeam() {
    var (app, canvas) = AppFixture.app(now: Self.endOfShift)
    app.press(.text("5"), on: canvas)
    for key in Self.usualPatrol { app.pressSaving(key, on: canvas) }
    app.press(.text("n"), on: canvas)
    #expect(canvas.line(with: "Bắt đầu").contains("19:30"))
    #expect(canvas.line(with: "Tổ bảo vệ ANTT").contains("Thôn Mận"))
    #expect(canvas.line(with: "Công an").contains("2"))
  }

  @Test func editChangesTheSelectedPatrol() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("5"), .text("e"), on: canvas)
    #expect(canvas.screen.contains("Sửa tuần tra"))
    for _ in 0..<6 { app.press(.enter, on: canvas) }
    app.type("Ngõ 5", on: canvas)
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let patrol = record.as(Patrol.self) else {
      Issue.record("nothing saved: \(canvas.screen)")
      return
    }
    #expect(patrol.route == "Ngõ 5")
    #expect(app.context.data.patrols.count == AppFixture.demo.patrols.count)
  }

  @Test func undoOfADeleteBringsThePatrolBack() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("5"), on: canvas)
    let first = canvas.lines[3]
    let count = canvas.lines.last!.prefix(while: { $0 != " " })
    app.press(.text("d"), on: canvas)
    #expect(canvas.screen.contains("Xóa tuần tra ngày"))
    app.pressSaving(.text("y"), on: canvas)
    #expect(canvas.lines[3] != first)
    #expect(!canvas.lines.last!.hasPrefix(count + " "))
    app.pressSaving(.text("u"), on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Đã hoàn tác"))
    app.press(.home, on: canvas)
    #expect(canvas.lines[3] == first)
    app.press(.escape, on: canvas)
    #expect(canvas.lines.last!.hasPrefix(count + " "))
  }

  @Test func escapeAsksOnlyWhenSomethingWasTyped() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("5"), .text("n"), .escape, on: canvas)
    #expect(!canvas.screen.contains("Tuần tra mới"))
    app.press(.text("n"), .enter, on: canvas)
    app.type("19", on: canvas)
    app.press(.escape, on: canvas)
    #expect(canvas.screen.contains("Bỏ những gì đã nhập"))
    app.press(.text("n"), on: canvas)
    #expect(canvas.line(with: "Bắt đầu").contains("19"), "kept after no")
    app.press(.escape, .text("y"), on: canvas)
    #expect(!canvas.screen.contains("Tuần tra mới"))
  }

  @Test func theFormFitsEightyByTwentyFour() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .text("n"), .function(2), on: canvas)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 80 })
    // The usual shift offered (21:50 to 00:09 the next day) cannot end tomorrow yet.
    #expect(canvas.line(with: "▸ Kết thúc").count > 0, "the first problem has focus")
    for _ in 0..<12 { app.press(.enter, on: canvas) }
    #expect(canvas.line(with: "▸ Ghi chú").count > 0, "the last field scrolls into view")
    app.type("Ghi chú dài về tuần tra đêm qua khu chợ", on: canvas)
    #expect(canvas.lines.allSatisfy { $0.displayWidth <= 80 })
    #expect(canvas.line(with: "▸ Ghi chú").contains("Ghi chú dài về"))
  }
}

@Suite(.serialized) @MainActor struct PatrolRuleTests {
  @Test func aPatrolStartingLaterThanNowIsRefusedWithTheReason() {
    var (app, canvas) = AppFixture.app(now: Moment(day: AppFixture.today, hour: 12, minute: 0)!)
    app.press(.text("5"), on: canvas)
    var saved: [Change] = []
    for key in PatrolSaveTests.usualPatrol { saved += app.pressSaving(key, on: canvas) }
    #expect(saved.isEmpty)
    #expect(
      canvas.screen.contains("Thời điểm 29/11/2026 19:30 còn ở sau bây giờ (29/11/2026 12:00)"))
  }

  @Test func aPatrolWithNobodyOnItIsRefused() {
    var (app, canvas) = AppFixture.app(now: PatrolSaveTests.endOfShift)
    app.press(.text("5"), on: canvas)
    let keys: [Key] =
      [.text("n"), .enter] + "1930".map(Key.text) + [.enter] + "2330".map(Key.text)
      + [.enter, .enter] + "man".map(Key.text) + [.enter, .enter]
      + "Đường liên thôn".map(Key.text)
      + [.enter] + [.text("0"), .enter, .text("0"), .enter, .text("0"), .function(2)]
    var saved: [Change] = []
    for key in keys { saved += app.pressSaving(key, on: canvas) }
    #expect(saved.isEmpty)
    #expect(canvas.screen.contains("phải có ít nhất 1 người tham gia"))
  }
}
