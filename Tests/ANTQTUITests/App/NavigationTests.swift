import ANTQCore
import ANTQTUI
import Testing

@Suite struct NavigationTests {
  @Test func numberKeysAndTabSwitchScreens() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), on: canvas)
    #expect(app.current == .communes)
    #expect(canvas.lines[2].hasPrefix("Tên ▲"))
    #expect(canvas.lines.last!.hasPrefix("148 bản ghi"))
    app.press(.tab, on: canvas)
    #expect(app.current == .models)
    app.press(.backTab, .backTab, on: canvas)
    #expect(app.current == .dashboard)
    app.press(.backTab, on: canvas)
    #expect(app.current == .activities)
    app.press(.text("9"), on: canvas)
    #expect(app.current == .activities)
  }

  @Test func helpListsOnlyTheCommandsOfTheScreen() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("?"), on: canvas)
    #expect(canvas.screen.contains("Trợ giúp"))
    #expect(canvas.screen.contains("Tổng quan"))
    #expect(!canvas.lines.contains { $0.contains("   /   ") }, "no filter on the dashboard")
    app.press(.escape, on: canvas)
    #expect(!canvas.screen.contains("┌"))
    app.press(.text("2"), .function(1), on: canvas)
    #expect(canvas.screen.contains("Xem chi tiết"))
    app.press(.end, on: canvas)
    #expect(
      canvas.lines.contains { $0.contains("   /   ") && $0.contains("Lọc") }, "\(canvas.screen)")
  }

  @Test func quitIsAnEffectAndUnlistedKeysOnlyFlashTheStatusLine() {
    var (app, canvas) = AppFixture.app()
    let before = canvas.lines
    for key in [Key.text("x"), .control("b"), .text("c")] {
      #expect(app.press(key, on: canvas).isEmpty)
      #expect(Array(canvas.lines.dropLast()) == Array(before.dropLast()), "\(key)")
      #expect(canvas.lines.last!.hasPrefix("Phím không dùng ở đây."), "\(key)")
      #expect(canvas.style(row: 29, column: 0) == Style(color: .warning))
    }
    app.press(.text("2"), on: canvas)
    #expect(!canvas.screen.contains("Phím không dùng"))
    #expect(app.press(.text("q"), on: canvas) == [.quit])
    #expect(app.press(.function(10), on: canvas) == [.quit])
  }

  @Test func commandPromptRunsCommandsByNameAndSaysWhenUnknown() {
    var (app, canvas) = AppFixture.app()
    app.press(.text(":"), on: canvas)
    app.type("screen-3", on: canvas)
    #expect(canvas.lines.last!.hasPrefix(":screen-3"))
    app.press(.enter, on: canvas)
    #expect(app.current == .models)
    app.press(.text(":"), on: canvas)
    app.type("bay", on: canvas)
    app.press(.enter, on: canvas)
    #expect(canvas.lines.last!.contains("Không có lệnh \"bay\""))
  }

  @Test func editingKeysSayTheListIsReadOnly() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text("n"), on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Màn hình này chỉ xem"))
  }
}

@Suite struct ReadOnlyTests {
  @Test func aReadOnlyFolderRefusesEditsAndSaysSoInTheTitle() {
    var app = App(
      data: AppFixture.demo, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      readOnly: true)
    let canvas = GridCanvas(rows: 30, columns: 100)
    app.press(.text("5"), .text("n"), on: canvas)
    #expect(canvas.lines[0].contains("chỉ xem"))
    #expect(canvas.lines.last!.hasPrefix("Thư mục đang mở ở chế độ chỉ xem"))
    #expect(app.press(.text("u"), on: canvas).isEmpty)
  }
}

@Suite struct IdleWorkTests {
  @Test func screensNotOnViewAreComputedBetweenKeysAndMatchAFreshVisit() {
    var (app, canvas) = AppFixture.app()
    #expect(app.hasIdleWork)
    while app.hasIdleWork { app.idle() }
    app.press(.text("4"), on: canvas)
    let prepared = canvas.screen
    var (fresh, freshCanvas) = AppFixture.app()
    fresh.press(.text("4"), on: freshCanvas)
    #expect(prepared == freshCanvas.screen)
    app.press(.text("["), on: canvas)
    #expect(app.hasIdleWork, "a new year makes every other screen stale again")
  }
}
