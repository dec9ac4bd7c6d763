import ANTQCore
import ANTQTUI
import Testing

@Suite struct CommunesScreenTests {
  @Test func filterIgnoresAccentsAndEscClearsIt() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("dao tru", on: canvas)
    #expect(canvas.lines[3].hasPrefix("Đạo Trù"))
    #expect(canvas.lines[4].isEmpty)
    #expect(canvas.lines.last!.hasPrefix("Lọc: dao tru"))
    app.press(.enter, on: canvas)
    #expect(canvas.lines.last!.hasPrefix("1 bản ghi · lọc: dao tru"))
    app.press(.text("/"), .escape, on: canvas)
    #expect(canvas.lines.last!.hasPrefix("148 bản ghi"))
  }

  @Test func filterNarrowsAsEachLetterIsTyped() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("đồng", on: canvas)
    let dong = canvas.lines[3...].filter { $0.hasPrefix("Đồng") }.count
    #expect(dong > 1)
    app.type(" luong", on: canvas)
    #expect(canvas.lines[3].hasPrefix("Đồng Lương"))
    #expect(canvas.lines[4].isEmpty)
    app.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, on: canvas)
    #expect(canvas.lines[3...].filter { $0.hasPrefix("Đồng") }.count == dong)
  }

  @Test func sortKeysMoveTheIndicatorAndFlipTheOrder() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text(">"), .text(">"), on: canvas)
    #expect(canvas.lines[2].contains("An toàn ▲"))
    let selected = canvas.lines.indices.first { canvas.style(row: $0, column: 0).reverse }!
    #expect(canvas.lines[selected].hasPrefix("An Cường"), "the selection stays on its row")
    app.press(.home, on: canvas)
    #expect(canvas.lines[3].contains("chưa đạt"))
    app.press(.text("s"), on: canvas)
    #expect(canvas.lines[2].contains("An toàn ▼"))
    #expect(!canvas.lines[3].contains("chưa đạt"))
    app.press(.text("<"), .text("<"), .text("s"), on: canvas)
    #expect(canvas.lines[2].hasPrefix("Tên ▼"))
  }

  @Test func enterOpensTheCommunePageAndEscReturnsToTheSameRow() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .text("/"), .escape, on: canvas)
    let row = canvas.lines.firstIndex { $0.hasPrefix("Chí Đám") }!
    #expect(canvas.style(row: row, column: 0).reverse, "clearing the filter keeps the row selected")
    app.press(.enter, on: canvas)
    #expect(canvas.lines[2] == " Xã Chí Đám")
    #expect(canvas.screen.contains("Khu dân cư đạt:"))
    #expect(canvas.lines.last!.contains("bản ghi"))
    app.press(.escape, on: canvas)
    #expect(canvas.lines[2].hasPrefix("Tên ▲"))
    #expect(canvas.lines[row].hasPrefix("Chí Đám"))
    #expect(canvas.style(row: row, column: 0).reverse)
  }

  @Test func movementKeysKeepTheSelectionOnScreen() {
    var (app, canvas) = AppFixture.app(rows: 24)
    app.press(.text("2"), .end, on: canvas)
    let last = canvas.lines[22]
    #expect(canvas.style(row: 22, column: 0).reverse)
    #expect(!last.isEmpty)
    app.press(.text("g"), on: canvas)
    #expect(canvas.style(row: 3, column: 0).reverse)
    app.press(.pageDown, on: canvas)
    #expect(canvas.lines[3] != "An Cường")
  }
}
