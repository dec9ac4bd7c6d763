import ANTQCore
import ANTQTUI
import Foundation
import Testing

/// Per-key times on the in-memory canvas over ten province-years. Run on demand, in release:
///   ANTQ_TIMING=1 swift test -c release --filter SuperviseTiming
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ANTQ_TIMING"] != nil))
struct SuperviseTimingTests {
  static let tenYears: ProvinceData = {
    var description = try! JSONDecoder().decode(
      DemoDescription.self,
      from: Data(contentsOf: AppFixture.assets.appendingPathComponent("demo/description.json")))
    let first = description.years[0]
    description.years =
      (2016...2023).map { year in
        var targets = first
        targets.year = year
        return targets
      } + description.years
    description.teamsFrom = Day(year: 2016, month: 1, day: 1)!
    return DemoGenerator.generate(description)
  }()

  @Test func everyKeyDrawsWithin16Milliseconds() {
    let data = Self.tenYears
    print(
      "ten years: \(data.patrols.count) patrols, \(data.tips.count) tips, \(data.members.count) members, \(data.modelSites.count) sites"
    )
    let scenarios: [(String, [Key])] = [
      (
        "communes: open screen, ↓×20, End, Home",
        [.text("2")] + Array(repeating: .down, count: 20) + [.end, .home]
      ),
      ("communes: sort < < > s", [.text("2"), .text("<"), .text("<"), .text(">"), .text("s")]),
      (
        "communes: filter 'dao tru'",
        [.text("2"), .text("/")] + "dao tru".map { Key.text($0) } + [.escape]
      ),
      (
        "communes: open Chí Đám, → ×5, Esc",
        [.text("2"), .enter, .right, .right, .right, .right, .right, .escape]
      ),
      (
        "sites (33k): v, ↓, End, sort >, s",
        [.text("3"), .text("v"), .down, .end, .text(">"), .text("s")]
      ),
      (
        "sites (33k): filter 'chi dam'",
        [.text("3"), .text("v"), .text("/")] + "chi dam".map { Key.text($0) } + [.escape]
      ),
      ("members (15k): v, End, sort >, s", [.text("4"), .text("v"), .end, .text(">"), .text("s")]),
      (
        "members (15k): filter 'nguyen thi'",
        [.text("4"), .text("v"), .text("/")] + "nguyen thi".map { Key.text($0) } + [.escape]
      ),
      ("teams: open a team, Esc", [.text("4"), .enter, .escape]),
      ("year switch [ ]", [.text("2"), .text("["), .text("]")]),
    ]
    var worst = 0.0
    for (name, keys) in scenarios {
      var app = App(
        data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today)
      let canvas = GridCanvas(rows: 30, columns: 100)
      app.draw(on: canvas)
      var samples: [Double] = []
      for key in keys {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = app.handle(key, on: canvas)
        app.draw(on: canvas)
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      }
      let sorted = samples.sorted()
      print(
        String(
          format: "%@: median %.2f ms, max %.2f ms (n=%d)", name, sorted[sorted.count / 2],
          sorted.last!, samples.count))
      worst = max(worst, sorted.last!)
    }
    print(String(format: "worst key: %.2f ms", worst))
    #expect(worst < 16)
  }
}
