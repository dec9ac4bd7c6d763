import ANTQCore

extension ImportPreview {
  /// What the console shows for a reading of a CSV file: its first rows and the records it
  /// would add, every bad row described, or why it could not be read at all.
  public static func of(
    _ reading: Result<ImportReading, ImportReading.Failure>, catalog: Catalog
  ) -> Result<ImportPreview, Unavailable> {
    switch reading {
    case .failure(.cannotRead(let file)):
      return .failure(Unavailable(catalog.format("import.cannotRead", file)))
    case .failure(.unknownTable(let file)):
      return .failure(Unavailable(catalog.format("import.unknownTable", file)))
    case .success(let read):
      let rows = read.firstRows.map { $0.joined(separator: " · ") }
      let title = catalog["import.table.\(read.table.rawValue)"]
      switch read.plan {
      case .failure(let failed):
        return .success(
          ImportPreview(
            file: read.file, tableTitle: title, firstRows: rows, changes: [], unchanged: 0,
            problems: failed.all.map { ImportMessages.describe($0, file: read.file, catalog) }))
      case .success(let plan):
        return .success(
          ImportPreview(
            file: read.file, tableTitle: title, firstRows: rows, changes: plan.changes,
            unchanged: plan.unchanged, problems: []))
      }
    }
  }
}
