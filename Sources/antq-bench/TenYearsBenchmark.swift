import ANTQCore
import ANTQStore
import Foundation

/// Open-to-ready on the ten-year folder: opening the store (latest year only) and computing
/// the latest year's dashboard; then loading one more year; then durable saves.
enum TenYearsBenchmark {
  static func run(demo: ProvinceData, runs: Int = 7) throws -> [String] {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("antq-ten-years-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try TenYears.write(from: demo, to: root)
    var lines = [sizes(root)]

    var opens: [Double] = []
    var loads: [Double] = []
    var all: [Double] = []
    var marker = 0
    for _ in 0..<runs {
      let (store, open) = try measure { () throws -> ProvinceStore in
        let store = try ProvinceStore.open(folder: root)
        let year = store.loadedYears.last ?? 2025
        marker += YearReport(data: store.data, year: year).trafficDuties
        return store
      }
      opens.append(open)
      loads.append(
        try measure {
          try store.loadYear(2019)
          marker += YearReport(data: store.data, year: 2019).trafficDuties
        }.1)
      try store.close()
      all.append(try measure { try ProvinceStore.open(folder: root, years: .all).close() }.1)
    }
    lines.append(
      Statistics(seconds: opens).line("ten years: open to the latest year's dashboard data"))
    lines.append(Statistics(seconds: loads).line("ten years: load one more year (2019) when asked"))
    lines.append(Statistics(seconds: all).line("ten years: open with every year loaded"))
    lines.append(Statistics(seconds: try saves(root)).line("ten years: durable record()"))
    if marker < 0 { lines.append("") }  // keeps the reports from being optimised away
    return lines
  }

  /// Durable saves of an edit of a 2025 patrol, alternating with its undo.
  private static func saves(_ root: URL) throws -> [Double] {
    let store = try ProvinceStore.open(folder: root)
    defer { try? store.close() }
    guard var patrol = store.data.patrols.last else { return [] }
    var times: [Double] = []
    for index in 0..<200 {
      patrol.notes = "benchmark \(index)"
      let change = Change.upsert(.patrol(patrol))
      times.append(try measure { try store.record(change) }.1)
    }
    return times
  }

  private static func sizes(_ root: URL) -> String {
    let manager = FileManager.default
    var total = 0
    var perYear: [String: Int] = [:]
    for case let relative as String in manager.enumerator(atPath: root.path) ?? .init() {
      let size =
        (try? manager.attributesOfItem(atPath: root.path + "/" + relative)[.size] as? Int) ?? 0
      guard relative.hasSuffix(".json") else { continue }
      total += size
      let parts = relative.split(separator: "/")
      perYear[parts.count == 3 ? String(parts[1]) : "registers", default: 0] += size
    }
    let mb = { (bytes: Int) in String(format: "%.1f", Double(bytes) / 1_000_000) }
    let years = perYear.keys.filter { $0 != "registers" }.sorted()
    return "ten-year folder: \(mb(total)) MB; registers \(mb(perYear["registers"] ?? 0)) MB; "
      + years.map { "\($0) \(mb(perYear[$0]!))" }.joined(separator: ", ") + " MB"
  }
}
