import ANTQCore
import ANTQTUI
import Testing

/// `:messages` and the first-start welcome.
@Suite(.serialized) @MainActor struct NoticesTests {
  @Test func messagesShowsTheLastNoticesWholeNewestLast() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    let long = String(
      repeating: "Tệp journal.jsonl có một dòng hỏng ở cuối; đã bỏ dòng đó. ", count: 3)
    app.notify(long.trimmed)
    app.press(.text("L"), .text("L"), on: canvas)
    app.press(.text(":"), on: canvas)
    app.type("messages", on: canvas)
    app.press(.enter, on: canvas)
    let box = canvas.lines.filter { $0.contains("│") }.map {
      String($0.split(separator: "│", omittingEmptySubsequences: false)[1]).trimmed
    }
    #expect(canvas.screen.contains("Thông báo gần đây"))
    #expect(
      box.filter { !$0.isEmpty }.joined(separator: " ").hasPrefix(
        long.trimmed + " Switched to English. Đã chuyển sang tiếng Việt."),
      "\(canvas.screen)")
    #expect(!canvas.screen.contains("…"))
    app.press(.escape, on: canvas)
    #expect(!canvas.screen.contains("┌"))
  }

  @Test func messagesSaysWhenThereAreNone() {
    var (app, canvas) = AppFixture.app(.en, columns: 80, rows: 24)
    app.press(.text("M"), on: canvas)
    #expect(canvas.screen.contains("No notices yet."))
  }

  @Test func theWelcomeShowsFiveKeysAndOneKeyDismissesIt() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.showIntro()
    app.draw(on: canvas)
    #expect(canvas.screen.contains("Chào mừng đến ANTQ Console"))
    for keys in ["1…7", "↑ ↓ Enter", "n  c", "F2", "Esc  ?"] {
      #expect(
        canvas.lines.contains { $0.contains("│  " + keys) || $0.contains("│   " + keys) }, "\(keys)"
      )
    }
    #expect(canvas.lines.last!.contains("Enter"))
    #expect(app.press(.text("5"), on: canvas).isEmpty, "other keys do not get past it")
    #expect(app.showsIntro && app.current == .dashboard)
    #expect(app.press(.enter, on: canvas) == [.introSeen])
    #expect(!app.showsIntro && !canvas.screen.contains("Chào mừng"))
  }
}
