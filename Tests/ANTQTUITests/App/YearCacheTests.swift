import ANTQCore
import Testing

@testable import ANTQTUI

@Suite struct YearCacheTests {
  @Test func neighbouringYearsArePreparedOnceAndDroppedWhenTheDataChanges() {
    var context = AppContext(
      data: AppFixture.demo, year: 2025, catalog: AppFixture.catalogs[.vi]!,
      today: AppFixture.today)
    context.neighbourYears = [2024]
    var cache = YearCache<Int>()
    var computed: [Int] = []
    let compute = { (context: AppContext) -> Int in
      computed.append(context.year)
      return context.year * 10
    }
    #expect(cache.value(for: context, compute: compute) == 20_250)
    #expect(cache.missing == [2024])
    cache.prepareNext(context, compute: compute)
    #expect(cache.missing.isEmpty)
    context.year = 2024
    #expect(cache.value(for: context, compute: compute) == 20_240)
    #expect(computed == [2025, 2024], "2024 was computed once, between keys")

    context.data.patrols.removeLast()
    #expect(cache.value(for: context, compute: compute) == 20_240)
    #expect(computed == [2025, 2024, 2024], "a change of the data computes again")
  }

  @Test func switchingYearsAfterIdleWorkShowsWhatAFreshAppShows() {
    var (app, canvas) = AppFixture.app()
    #expect(app.context.neighbourYears == [2024], "a new app prepares the year before too")
    app.press(.text("2"), on: canvas)
    while app.hasIdleWork { app.idle() }
    app.press(.text("["), on: canvas)
    var (fresh, freshCanvas) = AppFixture.app()
    fresh.press(.text("2"), .text("["), on: freshCanvas)
    #expect(canvas.screen == freshCanvas.screen)
    #expect(canvas.lines[0].hasSuffix("[ Năm 2024 ]"))
  }
}
