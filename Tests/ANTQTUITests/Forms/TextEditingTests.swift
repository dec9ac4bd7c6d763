import ANTQCore
import ANTQTUI
import Testing

/// Readline's keys in form fields and the prompt, typing over a shown value, pastes.
@Suite(.serialized) @MainActor struct TextEditingTests {
  /// The new-patrol form, tonight from 19:00 to 22:00, with the focus on the route field.
  func onTheRoute() -> (App, GridCanvas) {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), .text("n"), .enter, on: canvas)
    app.fill("19-22", on: canvas)
    for _ in 0..<3 { app.press(.enter, on: canvas) }
    #expect(canvas.line(with: "▸").contains("Tuyến tuần tra"))
    return (app, canvas)
  }

  func route(_ canvas: GridCanvas) -> String {
    String(canvas.line(with: "Tuyến tuần tra").dropFirst(20))
  }

  @Test func readlineKeysEditTheField() {
    var (app, canvas) = onTheRoute()
    app.press(.control("u"), on: canvas)
    #expect(route(canvas) == "")
    app.type("Đường liên xã số 3", on: canvas)
    app.press(.control("w"), on: canvas)
    #expect(route(canvas) == "Đường liên xã số")
    #expect(canvas.cursor(of: app)! == (9, 20 + "Đường liên xã số ".count))
    app.press(.alt("b"), .alt("b"), on: canvas)
    #expect(canvas.cursor(of: app)! == (9, 20 + "Đường liên ".count))
    app.press(.control("k"), on: canvas)
    #expect(route(canvas) == "Đường liên")
    app.press(.control("a"), on: canvas)
    #expect(canvas.cursor(of: app)! == (9, 20))
    app.type("Tuyến ", on: canvas)
    #expect(route(canvas) == "Tuyến Đường liên")
    app.press(.alt("f"), .control("u"), on: canvas)
    #expect(route(canvas) == " liên")
    app.press(.control("e"), .backspace, .home, .delete, on: canvas)
    #expect(route(canvas) == "liên")
  }

  @Test func thePromptTakesTheSameKeys() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text(":"), on: canvas)
    app.type("screen-4 now", on: canvas)
    app.press(.control("w"), on: canvas)
    #expect(canvas.lines.last! == ":screen-4")
    app.press(.backspace, .backspace, on: canvas)
    #expect(canvas.lines.last! == ":screen-")
    app.type("3", on: canvas)
    app.press(.control("a"), .control("k"), on: canvas)
    #expect(canvas.lines.last! == ":")
    app.type("screen-3", on: canvas)
    app.press(.enter, on: canvas)
    #expect(app.current == .models)
  }

  /// A shown value is highlighted on entry: the first digit replaces it.
  @Test func typingTwoIntoACountThatShowsZeroSavesTwo() throws {
    var (app, canvas) = onTheRoute()
    app.press(.enter, on: canvas)
    let row = try #require(canvas.lines.firstIndex { $0.contains("▸ Công an") })
    #expect(canvas.lines[row].hasSuffix(" 0"))
    #expect(canvas.style(row: row, column: 20) == .selected, "the 0 is highlighted")
    app.type("2", on: canvas)
    #expect(canvas.lines[row].hasSuffix(" 2"))
    #expect(canvas.style(row: row, column: 20) == Style(underline: true), "no longer highlighted")
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let patrol = record.as(Patrol.self) else {
      Issue.record("nothing saved:\n\(canvas.screen)")
      return
    }
    #expect(patrol.participants.police == 2)
  }

  /// A paste with a tab and line breaks stays in its field, as spaces.
  @Test func aPasteWithTabsAndNewlinesStaysInTheField() {
    var (app, canvas) = onTheRoute()
    app.press(.control("u"), .paste("Đường\tliên xã\r\nsố 3\n"), on: canvas)
    #expect(route(canvas) == "Đường liên xã số 3")
    #expect(canvas.line(with: "▸").contains("Tuyến tuần tra"), "the focus did not move")
  }

  /// A paste longer than the field takes is cut at its limit, and the clerk is told.
  @Test func aHugePasteIsCutAtTheLimitWithANotice() throws {
    var (app, canvas) = onTheRoute()
    app.press(.control("u"), .paste(String(repeating: "ab ", count: 3_334)), on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Ô này nhận tối đa 200 ký tự: phần dán thừa đã bị cắt."))
    app.press(.enter, on: canvas)
    app.type("2", on: canvas)  // a patrol has at least one participant
    let saved = app.pressSaving(.function(2), on: canvas)
    guard case .upsert(let record) = saved.first, let patrol = record.as(Patrol.self) else {
      Issue.record("nothing saved:\n\(canvas.screen)")
      return
    }
    #expect(patrol.route.count == 200 && patrol.route.hasPrefix("ab ab "))
  }

  /// A key a form does not use says so on the status line; the form is unchanged.
  @Test func anUnusedKeyInAFormFlashesTheStatusLine() {
    var (app, canvas) = onTheRoute()
    let before = Array(canvas.lines.dropLast())
    app.press(.function(7), on: canvas)
    #expect(Array(canvas.lines.dropLast()) == before)
    #expect(canvas.lines.last!.hasPrefix("Phím không dùng ở đây."))
  }
}

extension GridCanvas {
  /// Where the app puts the hardware cursor after drawing on this canvas.
  func cursor(of app: App) -> (row: Int, column: Int)? {
    app.draw(on: self)
  }
}
