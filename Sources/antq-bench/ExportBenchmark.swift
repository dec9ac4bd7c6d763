import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// Exports as `antq export` makes them, in memory: the 33,000-site list to CSV (goal 300 ms)
/// and the province-year to JSON Lines (goal 1 s).
enum ExportBenchmark {
  static func run(_ demo: ProvinceData, catalogs: [Language: Catalog]) throws -> [String] {
    let context = AppContext(
      data: demo, year: 2025, catalog: catalogs[.vi]!, today: Day(year: 2025, month: 12, day: 31)!)
    var rows = 0
    var sites: [Double] = []
    var year: [Double] = []
    for _ in 0..<7 {
      sites.append(
        measure {
          let table = ExportTables.table("sites", context: context)!
          rows = table.rows.count
          return ExportFormat.csv.encode(table).count
        }.1)
      year.append(try measure { try ProvinceYearExport.jsonl(demo, year: 2025).count }.1)
    }
    return [
      Statistics(seconds: sites).line("export of the \(rows)-site list to CSV"),
      Statistics(seconds: year).line("export of the province-year 2025 to JSON Lines"),
    ]
  }
}
