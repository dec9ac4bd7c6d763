import ANTQCore
import ANTQTUI
import Testing

/// `h` on a list row: the record's history over the list, newest first, scrollable; Esc
/// goes back to the same row.
@Suite(.serialized) @MainActor struct HistoryOverlayTests {
  private func key(_ effects: [Effect]) -> RecordKey? {
    guard case .loadHistory(let key)? = effects.first, effects.count == 1 else { return nil }
    return key
  }

  /// Two consoles' changes to one tip, and a reveal of its informant.
  private func entries(_ key: RecordKey) -> [HistoryEntry] {
    let author1 = Author(user: "canbo1", host: "may-xa")
    let author2 = Author(user: "lanhdao", host: "may-tinh")
    let writer1 = "r.canbo1@may-xa.1"
    let reveal = IdentityReveal(
      id: "XEM1", tipID: key.id, account: "lanhdao", at: AppFixture.lateEvening,
      reason: "Cần gọi lại người báo")
    return [
      HistoryEntry(
        key: key, time: 1_796_118_565_000_000, author: author2,
        change: ChangeID(writer: "r.lanhdao@may-tinh.1", sequence: 1), what: .noted(Record(reveal)),
        reasons: ["Cần gọi lại người báo"]),
      HistoryEntry(
        key: key, time: 1_796_118_000_000_000, author: author1,
        change: ChangeID(writer: writer1, sequence: 2),
        what: .changed([
          RecordDiff.Field("topic", from: "Trộm cắp", to: "Trộm xe máy"),
          RecordDiff.Field("stage", from: "received", to: "verifying"),
        ]), reasons: ["Cần xác minh tại thôn"]),
      HistoryEntry(
        key: key, time: 1_796_117_000_000_000, author: author1,
        change: ChangeID(writer: writer1, sequence: 1), what: .created([])),
    ]
  }

  @Test func hOpensTheSelectedTipsHistoryAndEscGoesBackToTheSameRow() {
    for (columns, rows) in [(80, 24), (200, 60)] {
      var (app, canvas) = AppFixture.app(columns: columns, rows: rows)
      app.press(.text("6"), .down, .down, on: canvas)
      guard let tip = key(app.press(.text("h"), on: canvas)) else {
        Issue.record("h asked for no history at \(columns)x\(rows)")
        continue
      }
      #expect(tip.kind == .tip)
      _ = app.update(.historyLoaded(tip, entries(tip)), on: canvas)
      app.draw(on: canvas)
      let screen = canvas.screen
      #expect(screen.contains("Lịch sử: tin báo \(tip.id)"), "\(screen)")
      #expect(screen.contains("lanhdao@may-tinh · xem danh tính người báo tin"), "\(screen)")
      #expect(screen.contains("lý do: Cần gọi lại người báo"))
      #expect(screen.contains("canbo1@may-xa · sửa"))
      #expect(screen.contains("Nội dung chính: Trộm cắp → Trộm xe máy"), "\(screen)")
      #expect(screen.contains("lý do: Cần xác minh tại thôn"))
      let newest = canvas.lines.firstIndex { $0.contains("xem danh tính") }
      let oldest = canvas.lines.firstIndex { $0.contains("canbo1@may-xa · tạo mới") }
      if rows >= 30 {
        #expect(newest != nil && oldest != nil && newest! < oldest!, "newest first")
      }
      app.press(.escape, on: canvas)
      #expect(!canvas.screen.contains("Lịch sử:"))
      #expect(key(app.press(.text("h"), on: canvas)) == tip, "back on the same row")
    }
  }

  @Test func theHistoryScrollsAtTheSmallestScreen() {
    var (app, canvas) = AppFixture.app(.en, columns: 80, rows: 24)
    app.press(.text("6"), on: canvas)
    guard let tip = key(app.press(.text("h"), on: canvas)) else {
      Issue.record("h asked for no history")
      return
    }
    let many = (0..<40).map { number in
      HistoryEntry(
        key: tip, time: 1_796_000_000_000_000 + Int64(number) * 60_000_000,
        author: Author(user: "canbo\(number)", host: "may"), change: nil,
        what: .changed([RecordDiff.Field("summary", from: "a\(number)", to: "b\(number)")]))
    }.reversed()
    _ = app.update(.historyLoaded(tip, Array(many)), on: canvas)
    app.draw(on: canvas)
    #expect(canvas.screen.contains("canbo39@may · changed"))
    #expect(!canvas.screen.contains("canbo0@may"))
    app.press(.end, on: canvas)
    #expect(canvas.screen.contains("Summary: a0 → b0"), "\(canvas.screen)")
  }

  @Test func theKeyIsInTheHelpOfEveryList() {
    var (app, canvas) = AppFixture.app(.en, columns: 100, rows: 40)
    app.press(.text("5"), .text("?"), on: canvas)
    #expect(canvas.screen.contains("h") && canvas.screen.contains("History of the record"))
  }

  @Test func onTheDashboardHSaysThereIsNoRecord() {
    var (app, canvas) = AppFixture.app(.en, columns: 80, rows: 24)
    #expect(app.press(.text("h"), on: canvas).isEmpty)
    #expect(canvas.screen.contains("No record is selected here"))
  }
}
