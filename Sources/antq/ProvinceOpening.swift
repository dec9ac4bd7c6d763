import ANTQCore
import ANTQSecurity
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
    /// The key unlocked at sign-in that opens sealed identities.
    var key: ReaderKey? = nil
    var versions = Versions()
    /// Every year the folder holds and those in `data`; nil when `data` holds every year.
    var years: [Int]? = nil
    var loadedYears: Set<Int>? = nil
  }

  /// nil when the user chose to quit. `store` is the folder already opened (and signed in
  /// to) before the screen started; `demo` the demo province for `--demo`.
  func open(
    _ folder: DataFolder?, readOnly: Bool = false, store: SignedInStore? = nil,
    demo: DemoOpening? = nil
  ) throws -> Opened? {
    if let demo { return openDemoCopy(demo) }
    if let store {
      var opened = opened(store.store)
      opened.account = store.signedIn.account
      opened.keyProblem = store.signedIn.keyProblem
      opened.key = store.signedIn.key
      return opened
    }
    guard let folder else { return nil }
    let catalog = launch.catalog
    do {
      let status = try folder.status()
      if status != .missing { try launch.refuseUnsafe(folder) }
      if status != .populated {
        switch StartupDialog.welcome(folder: folder.path, catalog: catalog, session: session) {
        case .quit: return nil
        case .demo:
          let access = try launch.demoAccess()
          return try create(access.data, in: folder, session: session) { store in
            try launch.writeOwnerKey(access, province: store.provinceID)
          }
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
  private func openDemoCopy(_ demo: DemoOpening) -> Opened {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
    let access = demo.access
    let handle = StoreHandle(
      creating: access.data, in: folder, account: demo.account, catalog: launch.catalog
    ) { store in try? access.writeOwnerKey(province: store.provinceID) }
    return Opened(
      data: access.data, handle: handle, readOnly: false, account: demo.account, key: demo.key)
  }

  /// A new province in the folder; its creator signs in (and becomes its admin when it has
  /// no users yet).
  private func create(
    _ data: ProvinceData, in folder: DataFolder, session: TerminalSession,
    then: (ProvinceStore) throws -> Void = { _ in }
  ) throws -> Opened {
    StartupDialog.busy(
      launch.catalog.format("open.busy", folder.path), catalog: launch.catalog, session: session)
    let store: ProvinceStore
    do {
      store = try ProvinceStore.create(folder: folder.url, data: data)
    } catch {
      throw launch.failure(error)
    }
    try then(store)
    let signedIn = try SignInFlow(launch: launch, asked: nil).signIn(store)
    var opened = opened(store)
    opened.account = signedIn.account
    opened.keyProblem = signedIn.keyProblem
    opened.key = signedIn.key
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

/// `--demo`: the demo's people and sealed identities, who opens it and the key they unlocked.
struct DemoOpening {
  let access: DemoAccess
  let account: String?
  let key: ReaderKey?
}
