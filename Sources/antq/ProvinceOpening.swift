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
    /// Who is at the keyboard; nil while the province has no users.
    var account: String? = nil
    /// Why identities stay sealed for this reader, when they do.
    var keyProblem: String? = nil
    var versions = Versions()
    /// Every year the folder holds and those in `data`; nil when `data` holds every year.
    var years: [Int]? = nil
    var loadedYears: Set<Int>? = nil
  }

  /// nil when the user chose to quit. `store` is the folder already opened (and signed in
  /// to) before the screen started; `demo` the demo province for `--demo`.
  func open(
    _ folder: DataFolder?, readOnly: Bool = false, store: SignedInStore? = nil,
    demo: (data: ProvinceData, account: String?)? = nil
  ) throws -> Opened? {
    if let demo { return openDemoCopy(demo.data, account: demo.account) }
    if let store {
      var opened = opened(store.store)
      opened.account = store.signedIn.account
      opened.keyProblem = store.signedIn.keyProblem
      return opened
    }
    guard let folder else { return nil }
    let catalog = launch.catalog
    do {
      if try folder.status() != .populated {
        switch StartupDialog.welcome(folder: folder.path, catalog: catalog, session: session) {
        case .quit: return nil
        case .demo: return try create(launch.demoProvince(), in: folder, session: session)
        case .empty:
          return try create(
            ProvinceData(province: Province(name: catalog["empty.provinceName"])), in: folder,
            session: session)
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
  private func openDemoCopy(_ data: ProvinceData, account: String?) -> Opened {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
    let handle = StoreHandle(
      creating: data, in: folder, account: account, catalog: launch.catalog)
    return Opened(data: data, handle: handle, readOnly: false, account: account)
  }

  /// A new province in the folder; its creator signs in (and becomes its admin when it has
  /// no users yet).
  private func create(_ data: ProvinceData, in folder: DataFolder, session: TerminalSession)
    throws -> Opened
  {
    StartupDialog.busy(
      launch.catalog.format("open.busy", folder.path), catalog: launch.catalog, session: session)
    let store: ProvinceStore
    do {
      store = try ProvinceStore.create(folder: folder.url, data: data)
    } catch {
      throw launch.failure(error)
    }
    let signedIn = try SignInFlow(launch: launch, asked: nil).signIn(store)
    var opened = opened(store)
    opened.account = signedIn.account
    opened.keyProblem = signedIn.keyProblem
    return opened
  }

  private func opened(_ store: ProvinceStore) -> Opened {
    Opened(
      data: store.data, handle: StoreHandle(store, catalog: launch.catalog),
      readOnly: store.mode == .readOnly, versions: store.versions,
      years: store.availableYears, loadedYears: Set(store.loadedYears))
  }
}

/// A folder opened and signed in to before the full screen starts (a password is asked on
/// the plain terminal).
struct SignedInStore {
  let store: ProvinceStore
  let signedIn: SignInFlow.SignedIn
}
