import ANTQCore
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
  ]

  func run() throws -> [String] {
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let session = try TerminalSession(
      input: terminal.input, output: terminal.output, terminalName: "xterm-256color")
    defer { session.end() }
    var lines: [String] = []
    var all: [Double] = []
    for scenario in Self.scenarios {
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
    lines.insert(Statistics(seconds: all).line("key to drawn screen, all keys"), at: 0)
    return lines
  }
}
