import ANTQCore
import ANTQTUI
import Testing

@Suite struct SavingTests {
  private func newPatrol() -> Patrol {
    var patrol = AppFixture.demo.patrols.last { $0.day.year == 2025 && $0.isForce }!
    patrol.id = "TT-TEST-1"
    patrol.route = "Tuần tra khu dân cư Đồng Lương"
    return patrol
  }

  @Test func aSavedChangeShowsAtOnceAndUndoGoesThroughTheEdgeToo() {
    var (app, canvas) = AppFixture.app(columns: 120)
    let patrols = YearReport(data: AppFixture.demo, year: 2025).patrols
    let numbers = NumberStyle(.vi)
    let change = Change.upsert(.patrol(newPatrol()))
    app.storeSaves(change, base: nil)
    app.draw(on: canvas)
    #expect(canvas.screen.contains(numbers.integer(patrols + 1)))
    #expect(canvas.lines.last!.hasPrefix("Đã lưu."))

    let effects = app.press(.text("u"), on: canvas)
    // Undone over the version the save made: a later edit by someone else is not undone
    // silently.
    let made = ChangeID(writer: "test", sequence: 1)
    #expect(effects == [.save(.delete(.patrol, id: "TT-TEST-1"), base: made, settles: [])])
    _ = app.storeSaves(effects)
    app.draw(on: canvas)
    #expect(canvas.screen.contains(numbers.integer(patrols)))
    #expect(canvas.lines.last!.hasPrefix("Đã hoàn tác"))
    app.press(.text("u"), on: canvas)
    #expect(canvas.lines.last!.hasPrefix("Không có thay đổi nào để hoàn tác."))
  }

  @Test func aFailedSaveChangesNothingAndSaysWhy() {
    var (app, canvas) = AppFixture.app(columns: 120)
    let before = app.context.data
    _ = app.update(.saveFailed("Ổ đĩa đã đầy."), on: canvas)
    app.draw(on: canvas)
    #expect(app.context.data == before)
    #expect(canvas.lines.last!.contains("Chưa lưu được: Ổ đĩa đã đầy."))
  }
}
