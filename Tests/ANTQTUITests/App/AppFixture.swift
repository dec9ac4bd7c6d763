import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// The demo province and the real catalogs, loaded the way the program loads them.
enum AppFixture {
  static let assets = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("assets")

  static let catalogs: [Language: Catalog] = Dictionary(
    uniqueKeysWithValues: Language.allCases.map {
      ($0, try! CatalogLoader.load($0, assets: assets))
    })

  static let demo: ProvinceData = DemoGenerator.generate(
    try! CatalogLoader.loadJSON(
      DemoDescription.self, from: assets.appendingPathComponent("demo/description.json")))

  static let today = Day(year: 2026, month: 11, day: 29)!

  /// Late in the evening: the clerk types the day's patrols once they have started.
  static let lateEvening = Moment(day: today, hour: 23, minute: 50)!

  /// A fresh app on the demo at `columns`×`rows`, in `language`; `now` (default late this
  /// evening) is what "cannot start later than now" compares with.
  static func app(
    _ language: Language = .vi, columns: Int = 100, rows: Int = 30, now: Moment? = nil
  ) -> (App, GridCanvas) {
    let app = App(
      data: demo, language: language, catalogs: catalogs, today: today, now: now ?? lateEvening)
    let canvas = GridCanvas(rows: rows, columns: columns)
    app.draw(on: canvas)
    return (app, canvas)
  }
}

extension App {
  /// Presses `keys` one after another and redraws, as the console loop does.
  @discardableResult
  mutating func press(_ keys: Key..., on canvas: GridCanvas) -> [Effect] {
    var effects: [Effect] = []
    for key in keys { effects += handle(key, on: canvas) }
    draw(on: canvas)
    return effects
  }

  mutating func type(_ text: String, on canvas: GridCanvas) {
    for character in text { _ = handle(.text(character), on: canvas) }
    draw(on: canvas)
  }
}
