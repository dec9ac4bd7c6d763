import ANTQCore
import ANTQTUI
import Testing

/// The mouse (clicks, double clicks, the wheel) and the hardware cursor, which always sits
/// on the focused row of a list or the focused field of a form.
@Suite(.serialized) @MainActor struct PointerTests {
  static func click(_ row: Int, _ column: Int = 5, double: Bool = false) -> Key {
    .mouse(MouseEvent(double ? .doubleClick : .click, row: row, column: column))
  }

  /// The patrols list at 80×24: the header on row 2, the first row on row 3.
  func patrols() -> (App, GridCanvas) {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("5"), on: canvas)
    return (app, canvas)
  }

  @Test func theCursorFollowsTheSelectedRowAfterEveryMove() throws {
    var (app, canvas) = patrols()
    #expect(canvas.cursor(of: app)! == (3, 0))
    let moves: [(Key, Int)] = [
      (.down, 4), (.down, 5), (.up, 4), (.pageDown, 4), (.end, 22), (.home, 3),
      (.text("j"), 4), (Self.click(12), 12),
      (.mouse(MouseEvent(.wheelDown, row: 9, column: 0)), 15),
    ]
    for (key, row) in moves {
      app.press(key, on: canvas)
      let cursor = try #require(canvas.cursor(of: app), "\(key)")
      #expect(cursor == (row, 0), "after \(key)")
      #expect(canvas.style(row: row, column: 1).reverse, "the selected row is drawn at \(row)")
    }
  }

  @Test func aClickOnTheThirdRowSelectsItAndADoubleClickOpensIt() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), on: canvas)
    let third = canvas.lines[5]
    app.press(Self.click(5, 30), on: canvas)
    #expect(canvas.style(row: 5, column: 2).reverse)
    #expect(!canvas.style(row: 3, column: 2).reverse)
    #expect(canvas.cursor(of: app)! == (5, 0))
    let name = third.split(separator: " ").prefix(2).joined(separator: " ")
    app.press(Self.click(5, 30, double: true), on: canvas)
    #expect(canvas.lines[2].contains(name), "the commune's page:\n\(canvas.screen)")
    app.press(.escape, on: canvas)
    #expect(canvas.cursor(of: app)! == (5, 0), "back on the same row")
  }

  @Test func aClickOnTheHeaderOrBelowTheRowsChangesNothing() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("7"), .text("t"), .text("t"), .text("t"), on: canvas)
    let before = canvas.lines
    app.press(Self.click(3), Self.click(22), on: canvas)
    #expect(canvas.lines == before, "no notice either")
  }

  @Test func aClickInAFormFocusesTheFieldAndItsCursor() {
    var (app, canvas) = patrols()
    app.press(.text("n"), on: canvas)
    #expect(canvas.cursor(of: app)! == (3, 20 + "29/11/2026".count))
    app.press(Self.click(9, 40), on: canvas)
    #expect(canvas.line(with: "▸").contains("Tuyến tuần tra"))
    #expect(canvas.cursor(of: app)!.row == 9)
    app.press(.mouse(MouseEvent(.wheelUp, row: 9, column: 40)), on: canvas)
    #expect(canvas.line(with: "▸").contains("Khu dân cư"))
    #expect(canvas.cursor(of: app)!.row == 8)
  }
}
