import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// The console's hold on its data folder. For `--demo` the fresh folder is written in the
/// background so the dashboard appears at once; the first save (or quit) waits for it.
final class StoreHandle: @unchecked Sendable {
  private var store: ProvinceStore?
  private var creationError: StoreError?
  private let ready = DispatchSemaphore(value: 0)
  private let catalog: Catalog
  /// Whether this session recorded any change.
  private(set) var changed = false

  init(_ store: ProvinceStore, catalog: Catalog) {
    self.store = store
    self.catalog = catalog
    ready.signal()
  }

  /// Writes `data` as a new province in `folder` on another thread.
  init(creating data: ProvinceData, in folder: URL, catalog: Catalog) {
    self.catalog = catalog
    Thread.detachNewThread { [self] in
      do throws(StoreError) {
        store = try ProvinceStore.create(folder: folder, data: data)
      } catch {
        creationError = error
      }
      ready.signal()
    }
  }

  private func opened() throws(StoreError) -> ProvinceStore {
    ready.wait()
    ready.signal()
    if let creationError { throw creationError }
    return store!
  }

  /// Records a change durably; nil when saved, else why not, in the user's words.
  func record(_ change: Change) -> String? {
    do {
      try opened().record(change)
      changed = true
      return nil
    } catch {
      return error.message(catalog: catalog)
    }
  }

  /// The province with `year`'s records loaded too.
  func loadYear(_ year: Int) -> Result<ProvinceData, ConsoleLoop.EdgeFailure> {
    do {
      let store = try opened()
      try store.loadYear(year)
      return .success(store.data)
    } catch {
      return .failure(ConsoleLoop.EdgeFailure(error.message(catalog: catalog)))
    }
  }

  /// Notices the store has for the user (a torn journal line dropped…). A store still being
  /// created has none, and asking must not wait for it: the dashboard is drawn meanwhile.
  var notices: [String] {
    guard ready.wait(timeout: .now()) == .success else { return [] }
    ready.signal()
    return (try? opened().notices.map { $0.message(catalog: catalog) }) ?? []
  }

  /// Folds the journal into the files and releases the lock.
  func close() throws(StoreError) {
    try opened().close()
  }

  /// Every year the folder holds, and those in memory.
  var years: (available: [Int], loaded: [Int])? {
    guard let store = try? opened() else { return nil }
    return (store.availableYears, store.loadedYears)
  }

  /// The folder the store works on.
  var folder: DataFolder? { try? opened().folder }
}
