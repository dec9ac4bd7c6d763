import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// Opens the province the console will show, asking on screen what to do when the folder
/// is empty or held by another console.
struct ProvinceOpening {
  let launch: Launch
  let session: TerminalSession

  struct Opened {
    let data: ProvinceData
    let handle: StoreHandle
    let readOnly: Bool
    var versions = Versions()
    /// Every year the folder holds and those in `data`; nil when `data` holds every year.
    var years: [Int]? = nil
    var loadedYears: Set<Int>? = nil
  }

  /// nil when the user chose to quit.
  func open(_ folder: DataFolder?, readOnly: Bool = false) throws -> Opened? {
    guard let folder else { return try openDemoCopy() }
    let catalog = launch.catalog
    do {
      if try folder.status() != .populated {
        switch StartupDialog.welcome(folder: folder.path, catalog: catalog, session: session) {
        case .quit: return nil
        case .demo:
          let access = try launch.demoAccess()
          let opened = try create(access.data, in: folder)
          if let store = opened.handle.openedStore {
            try launch.writeOwnerKey(access, province: store.provinceID)
          }
          return opened
        case .empty:
          return try create(
            ProvinceData(province: Province(name: catalog["empty.provinceName"])), in: folder)
        }
      }
      StartupDialog.busy(
        catalog.format("open.busy", folder.path), catalog: catalog, session: session)
      return opened(
        try ProvinceStore.open(folder: folder.url, mode: readOnly ? .readOnly : .readWrite))
    } catch let error as StoreError {
      throw launch.failure(error)
    }
  }

  /// `--demo`: a fresh copy in a new temporary folder, written while the dashboard shows.
  private func openDemoCopy() throws -> Opened {
    let access = try launch.demoAccess()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
    let handle = StoreHandle(creating: access.data, in: folder, catalog: launch.catalog) {
      store in try? access.writeOwnerKey(province: store.provinceID)
    }
    return Opened(data: access.data, handle: handle, readOnly: false)
  }

  private func create(_ data: ProvinceData, in folder: DataFolder) throws(StoreError) -> Opened {
    StartupDialog.busy(
      launch.catalog.format("open.busy", folder.path), catalog: launch.catalog, session: session)
    return opened(try ProvinceStore.create(folder: folder.url, data: data))
  }

  private func opened(_ store: ProvinceStore) -> Opened {
    Opened(
      data: store.data, handle: StoreHandle(store, catalog: launch.catalog),
      readOnly: store.mode == .readOnly, versions: store.versions,
      years: store.availableYears, loadedYears: Set(store.loadedYears))
  }
}
