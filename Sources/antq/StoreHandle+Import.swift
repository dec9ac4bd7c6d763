import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// `:import` in the console: the same reading, checks and messages as `antq import`.
extension StoreHandle {
  /// Reads and plans the file the user typed against the province as the store has it now.
  func planImport(_ typed: String, catalog: Catalog, today: Day) -> Action {
    let store: ProvinceStore
    do {
      store = try opened()
    } catch {
      return .importFailed(error.message(catalog: catalog))
    }
    return Self.preview(ImportReading.read(typed, into: store.data, today: today), catalog)
  }

  /// What the app shows for a reading.
  static func preview(_ reading: Result<ImportReading, ImportReading.Failure>, _ catalog: Catalog)
    -> Action
  {
    switch reading {
    case .failure(.cannotRead(let file)):
      return .importFailed(catalog.format("import.cannotRead", file))
    case .failure(.unknownTable(let file)):
      return .importFailed(catalog.format("import.unknownTable", file))
    case .success(let read):
      let rows = read.firstRows.map { $0.joined(separator: " · ") }
      let title = catalog["import.table.\(read.table.rawValue)"]
      switch read.plan {
      case .failure(let failed):
        return .importPreviewed(
          ImportPreview(
            file: read.file, tableTitle: title, firstRows: rows, changes: [], unchanged: 0,
            problems: failed.all.map { ImportMessages.describe($0, file: read.file, catalog) }))
      case .success(let plan):
        return .importPreviewed(
          ImportPreview(
            file: read.file, tableTitle: title, firstRows: rows, changes: plan.changes,
            unchanged: plan.unchanged, problems: []))
      }
    }
  }

  /// Records the import's changes through the journal as one change set, as `antq import`
  /// does; the store checks the user's access on each.
  func commitImport(_ changes: [Change], file: String, catalog: Catalog) -> Action {
    do {
      let store = try opened()
      try store.record(all: changes)
      changed = true
      return .imported(
        ImportedChanges(
          file: file, count: changes.count, data: store.data, versions: store.versions))
    } catch {
      return .importFailed(error.message(catalog: catalog))
    }
  }
}
