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
    return .importRead(
      ImportPreview.of(ImportReading.read(typed, into: store.data, today: today), catalog: catalog))
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
