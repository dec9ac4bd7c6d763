import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// The audit trail: `antq check` over a folder whose journals hold 100,000 hash-chained
/// changes (every line's chain verified, every change replayed).
struct AuditBenchmark {
  let demo: ProvinceData
  let catalogs: [Language: Catalog]
  let scratch: (String) throws -> URL

  /// 100,000; `ANTQ_BENCH_AUDIT_CHANGES` sets another count (to see how the time grows).
  static let changes =
    ProcessInfo.processInfo.environment["ANTQ_BENCH_AUDIT_CHANGES"].flatMap { Int($0) } ?? 100_000
  static let journals = 10

  /// `h` on a tip with 100 changes in the journal: built from what the store read, drawn.
  func historyOnScreen() throws -> String {
    let folder = try scratch("history")
    try DataFolder(folder).save(demo)
    let store = try ProvinceStore.open(folder: folder, years: .latest)
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let session = try TerminalSession(
      input: terminal.input, output: terminal.output, terminalName: "xterm-256color")
    defer { session.end() }
    var app = App(
      data: store.data, language: .vi, catalogs: catalogs,
      today: Day(year: 2026, month: 11, day: 29)!)
    _ = app.handle(.text("6"), on: session.canvas)
    guard case .loadHistory(let key)? = app.handle(.text("h"), on: session.canvas).first,
      var tip = store.data.tips.first(where: { $0.id == key.id })
    else { throw BenchError("h on the tips list asked for no history") }
    for index in 0..<100 {
      tip.summary = "Bổ sung lần \(index)"
      try store.record(.upsert(.tip(tip)), basedOn: store.versions.version(of: key))
    }
    _ = app.handle(.escape, on: session.canvas)
    var samples: [Double] = []
    for _ in 0..<20 {
      let start = DispatchTime.now().uptimeNanoseconds
      for effect in app.handle(.text("h"), on: session.canvas) {
        guard case .loadHistory(let key) = effect else { continue }
        _ = app.update(.historyLoaded(key, try store.history(of: key)), on: session.canvas)
      }
      app.draw(on: session.canvas)
      session.present()
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      _ = terminal.readOutput(quietMilliseconds: 5)
      _ = app.handle(.escape, on: session.canvas)
    }
    try store.close()
    return Statistics(seconds: samples).line(
      "h: a tip's history of 100 changes, from what the console read, drawn (goal 16 ms)")
  }

  func check() throws -> String {
    let folder = try scratch("audit")
    try DataFolder(folder).save(demo)
    let template = demo.patrols.last { $0.day.year == 2025 }!
    let author = Author(user: "bench", host: "may")
    for journal in 0..<Self.journals {
      let changes = (0..<(Self.changes / Self.journals)).map { index -> Change in
        var patrol = template
        patrol.id = "AUDIT-\(journal)-\(index % 500)"
        patrol.route = "Tuyến \(journal)-\(index)"
        return .upsert(.patrol(patrol))
      }
      try ChainedJournalFile.write(
        changes, writer: "bench\(journal).bench@may.1", author: author, in: folder,
        startingAt: 1_796_000_000_000_000 + Int64(journal) * 1_000_000_000)
    }
    var times: [Double] = []
    for _ in 0..<3 {
      let (problems, seconds) = measure { FolderCheck.run(folder) }
      guard problems.isEmpty else {
        throw BenchError("check found \(problems.count) problems, first: \(problems[0])")
      }
      times.append(seconds)
    }
    return Statistics(seconds: times).line(
      "antq check, \(Self.changes) hash-chained changes in \(Self.journals) journals (goal 2 s)")
  }
}
