import ANTQCore
import ANTQTUI
import Foundation
import Testing

/// The big-table keys as the console loop sees them: between keys the app does its idle
/// work (rows of views not on screen, search keys), then each key is timed to a drawn
/// screen. On demand, in release:
///   ANTQ_TIMING=1 swift test -c release -Xswiftc -enable-testing --filter IdleTiming
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ANTQ_TIMING"] != nil))
struct IdleTimingTests {
  @Test func everyBigTableKeyDrawsWithin16MillisecondsAfterIdleWork() {
    let scenarios: [(String, [Key])] = [
      (
        "sites: v, ↓, End, >, s, <",
        [.text("3"), .text("v"), .down, .end, .text(">"), .text("s"), .text("<")]
      ),
      (
        "sites: filter 'chi dam'",
        [.text("3"), .text("v"), .text("/")] + "chi dam".map(Key.text) + [.escape]
      ),
      ("members: v, End, >, s", [.text("4"), .text("v"), .end, .text(">"), .text("s")]),
      (
        "members: filter 'nguyen thi'",
        [.text("4"), .text("v"), .text("/")] + "nguyen thi".map(Key.text) + [.escape]
      ),
      (
        "communes: open Chí Đám, → ×5, Esc",
        [.text("2"), .enter, .right, .right, .right, .right, .right, .escape]
      ),
      ("year switch [ ]", [.text("2"), .text("["), .text("]")]),
    ]
    var worst = 0.0
    for (name, keys) in scenarios {
      var app = App(
        data: SuperviseTimingTests.tenYears, language: .vi, catalogs: AppFixture.catalogs,
        today: AppFixture.today)
      let canvas = GridCanvas(rows: 30, columns: 100)
      app.draw(on: canvas)
      var samples: [Double] = []
      for key in keys {
        while app.hasIdleWork { app.idle() }
        let start = DispatchTime.now().uptimeNanoseconds
        _ = app.handle(key, on: canvas)
        app.draw(on: canvas)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      let sorted = samples.sorted()
      print(
        String(
          format: "idle between keys, %@: median %.2f ms, max %.2f ms", name,
          sorted[sorted.count / 2], sorted.last!))
      worst = max(worst, sorted.last!)
    }
    #expect(worst < 16)
  }
}
