import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// Key to drawn screen: each key goes through the app's update, a full draw into the real
/// ncurses canvas and one `doupdate` onto a pseudo-terminal, as in the console loop
/// (which lets screens not on view compute their rows between keys).
struct KeyLatencyBenchmark {
  let data: ProvinceData
  let catalogs: [Language: Catalog]

  /// A named sequence of keys, measured key by key.
  struct Scenario {
    let name: String
    let keys: [Key]
  }

  static let scenarios: [Scenario] = [
    Scenario(
      name: "screen switch (1-6, Tab)",
      keys: (1...6).map { Key.text(Character("\($0)")) } + [.tab, .tab]),
    Scenario(
      name: "move in communes (↓ ×40, PgDn, End, Home)",
      keys: [.text("2")] + Array(repeating: .down, count: 40) + [.pageDown, .end, .home]),
    Scenario(
      name: "filter communes as you type",
      keys: [.text("2"), .text("/")] + "dong luong".map { Key.text($0) } + [.escape]),
    Scenario(
      name: "sort communes (> > s)", keys: [.text("2"), .text(">"), .text(">"), .text("s")]),
    Scenario(name: "open a commune and back", keys: [.text("2"), .enter, .escape]),
    Scenario(
      name: "teams list: End, filter",
      keys: [.text("4"), .end, .text("/")] + "minh".map { Key.text($0) } + [.escape]),
    Scenario(name: "year switch ([ ])", keys: [.text("1"), .text("["), .text("]")]),
    Scenario(
      name: "patrol form: type a patrol",
      keys: [.text("5"), .text("n"), .enter] + "1930".map(Key.text) + [.enter]
        + "2330".map(Key.text) + [.enter, .enter] + "man".map(Key.text) + [.enter, .enter]
        + "Đường liên thôn qua chợ".map(Key.text) + [.enter, .text("2"), .enter]
        + "Ghi chú: không có gì bất thường".map(Key.text)),
    Scenario(
      name: "patrol form: the usual patrol, readline keys",
      keys: [.text("5"), .text("n"), .enter] + "19h-22h".map(Key.text)
        + Array(repeating: .enter, count: 4) + [.control("a"), .alt("f"), .control("k")]
        + [.control("w"), .control("u")] + "Đường liên thôn".map(Key.text)
        + [.alt("b"), .control("e"), .enter, .text("2"), .enter, .text("3"), .enter, .text("5")]),
    Scenario(
      name: "patrol form: paste 2,000 characters into the notes",
      keys: [.text("5"), .text("n")] + Array(repeating: .enter, count: 12)
        + [.paste(String(repeating: "Tổ đi qua chợ,\tkhông có gì lạ.\n", count: 67))]),
    Scenario(
      name: "mouse: click rows, double-click opens, wheel",
      keys: [.text("2")]
        + (3...12).map { Key.mouse(MouseEvent(.click, row: $0, column: 4)) }
        + [.mouse(MouseEvent(.wheelDown, row: 8, column: 4))]
        + [.mouse(MouseEvent(.doubleClick, row: 8, column: 4)), .escape]),
    Scenario(
      name: "dashboard charts: v, [, ], v",
      keys: [.text("1"), .text("v"), .text("["), .text("]"), .text("v")]),
    Scenario(
      name: "chart a list: b, PgDn, Esc", keys: [.text("2"), .text("b"), .pageDown, .escape]),
  ]

  /// The big tables, over ten generated province-years (as the timing tests build them):
  /// every site (~37,000) and every member (~15,000).
  static let bigScenarios: [Scenario] = [
    Scenario(
      name: "sites table: v, ↓, End, sort >, s, <",
      keys: [.text("3"), .text("v"), .down, .end, .text(">"), .text("s"), .text("<")]),
    Scenario(
      name: "sites table: filter 'chi dam'",
      keys: [.text("3"), .text("v"), .text("/")] + "chi dam".map(Key.text) + [.escape]),
    Scenario(
      name: "members table: v, End, sort >, s",
      keys: [.text("4"), .text("v"), .end, .text(">"), .text("s")]),
    Scenario(
      name: "members table: filter 'nguyen thi'",
      keys: [.text("4"), .text("v"), .text("/")] + "nguyen thi".map(Key.text) + [.escape]),
    Scenario(
      name: "open a commune, → ×5, Esc",
      keys: [.text("2"), .enter, .right, .right, .right, .right, .right, .escape]),
    Scenario(name: "year switch ([ ])", keys: [.text("2"), .text("["), .text("]")]),
    Scenario(
      name: "dashboard charts: v, [, ]", keys: [.text("1"), .text("v"), .text("["), .text("]")]),
    Scenario(
      name: "chart the members: b, PgDn, End, Esc",
      keys: [.text("4"), .text("v"), .text("b"), .pageDown, .end, .escape]),
  ]

  /// The demo description with eight more years before its own, from 2016.
  static func tenYears() throws -> ProvinceData {
    var description = try CatalogLoader.loadJSON(
      DemoDescription.self,
      from: try AssetLocator.locate().appendingPathComponent("demo/description.json"))
    let first = description.years[0]
    description.years =
      (2016...2023).map { year in
        var targets = first
        targets.year = year
        return targets
      } + description.years
    description.teamsFrom = Day(year: 2016, month: 1, day: 1)!
    return DemoGenerator.generate(description)
  }

  func run() throws -> [String] {
    var lines = try run(Self.scenarios, on: data, title: "key to drawn screen, all keys")
    let big = try Self.tenYears()
    lines += try run(
      Self.bigScenarios, on: big,
      title:
        "big tables, ten years (\(big.modelSites.count) sites, \(big.members.count) members), all keys"
    )
    return lines
  }

  private func run(_ scenarios: [Scenario], on data: ProvinceData, title: String) throws
    -> [String]
  {
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let session = try TerminalSession(
      input: terminal.input, output: terminal.output, terminalName: "xterm-256color")
    defer { session.end() }
    var lines: [String] = []
    var all: [Double] = []
    for scenario in scenarios {
      var app = App(
        data: data, language: .vi, catalogs: catalogs, today: Day(year: 2026, month: 11, day: 29)!)
      app.draw(on: session.canvas)
      session.present()
      _ = terminal.readOutput(quietMilliseconds: 1)
      var samples: [Double] = []
      for key in scenario.keys {
        while app.hasIdleWork { app.idle() }
        let start = DispatchTime.now().uptimeNanoseconds
        _ = app.handle(key, on: session.canvas)
        app.draw(on: session.canvas)
        session.present()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        _ = terminal.readOutput(quietMilliseconds: 0)
      }
      all += samples
      lines.append(Statistics(seconds: samples).line("  " + scenario.name))
    }
    lines.insert(Statistics(seconds: all).line(title), at: 0)
    return lines
  }
}
