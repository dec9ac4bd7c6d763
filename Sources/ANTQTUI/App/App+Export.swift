import ANTQCore

/// What `:export` asks the edge to write: the list on screen as seen, as CSV.
public struct ExportRequest: Sendable, Equatable {
  /// A file name without folder: "communes-2025-20261201-1105.csv".
  public let fileName: String
  public let bytes: [UInt8]
  public let rows: Int
}

extension App {
  /// `:export` / `x`: the list on screen, with its filter and sort, every column.
  mutating func exportList() -> [Effect] {
    guard let table = screens[current]?.exportTable(context) else {
      message = (context.catalog["status.export.nothing"], .warning)
      return []
    }
    let now = context.now
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    let stamp =
      "\(now.day.year)\(two(now.day.month))\(two(now.day.day))-\(two(now.hour))\(two(now.minute))"
    let name = "\(current)-\(context.year)-\(stamp).\(ExportFormat.csv.fileExtension)"
    return [
      .export(
        ExportRequest(fileName: name, bytes: ExportFormat.csv.encode(table), rows: table.rows.count)
      )
    ]
  }

  /// The export was written whole to `path`.
  mutating func exported(path: String, rows: Int) {
    message = (
      context.catalog.format("status.export.done", context.numbers.integer(rows), path), .good
    )
  }

  /// Nothing was written (a folder that cannot be written…): say why.
  mutating func exportFailed(_ reason: String) {
    message = (context.catalog.format("status.export.failed", reason), .bad)
  }
}
