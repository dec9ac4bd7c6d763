import ANTQCore
import ANTQSecurity
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
  var changed = false
  /// How many of the store's notices the app has been given.
  private var noticesShown = 0
  /// How many records in conflict the app was last told about.
  private var conflictsShown = 0
  /// The key identities are sealed again with when a change of users changes the readers.
  var keys: IdentityKeys?
  /// What the console itself has to tell (identities sealed again…), not yet shown.
  private var messages: [String] = []

  init(_ store: ProvinceStore, catalog: Catalog) {
    store.sealer = IdentitySealer()
    store.sealClearIdentities()
    self.store = store
    self.catalog = catalog
    ready.signal()
  }

  /// Writes `data` as a new province in `folder` on another thread; its changes are then
  /// made in the name of `account` when given, and `then` runs on the new store before
  /// anything else may use it.
  init(
    creating data: ProvinceData, in folder: URL, account: String?, catalog: Catalog,
    then: @escaping @Sendable (ProvinceStore) -> Void = { _ in }
  ) {
    self.catalog = catalog
    Thread.detachNewThread { [self] in
      do throws(StoreError) {
        let created = try ProvinceStore.create(folder: folder, data: data)
        if let account { created.signIn(as: account) }
        created.sealer = IdentitySealer()
        then(created)
        store = created
      } catch {
        creationError = error
      }
      ready.signal()
    }
  }

  func opened() throws(StoreError) -> ProvinceStore {
    ready.wait()
    ready.signal()
    if let creationError { throw creationError }
    return store!
  }

  /// The store when it is ready now; nil while the demo copy is still being written.
  private var openedNow: ProvinceStore? {
    guard ready.wait(timeout: .now()) == .success else { return nil }
    ready.signal()
    return try? opened()
  }

  /// Records a change durably over `base`: saved, refused for a conflict, or failed.
  func record(_ change: Change, base: ChangeID?, settles: [ChangeID]) -> Action {
    do {
      let store = try opened()
      let reset = Self.passwordReset(change, in: store.data)
      let readersBefore = store.identityReaders
      let stamped = try store.record(change, basedOn: base, settles: settles)
      changed = true
      if let reset {
        var attempts = LoginAttempts(folder: store.folder)
        attempts.cleared(reset)
      }
      if change.kind == .user { resealIdentities(store, readersBefore: readersBefore) }
      return .saved(
        SavedChange(
          change: change, id: stamped.id, data: store.data, versions: store.versions))
    } catch .conflict(let conflict) {
      return .conflict(conflict)
    } catch {
      return .saveFailed(error.message(catalog: catalog))
    }
  }

  /// The account whose password `change` sets anew: the admin's reset on the users screen
  /// unlocks a locked user, as `antq users passwd` does.
  private static func passwordReset(_ change: Change, in data: ProvinceData) -> String? {
    guard case .upsert(let record) = change, let user = record.as(User.self),
      let password = user.password
    else { return nil }
    return data.users.first { $0.id == user.id }?.password == password ? nil : user.id
  }

  /// The change of users is saved whatever happens here: a failure is a notice.
  private func resealIdentities(_ store: ProvinceStore, readersBefore: [User]) {
    let account = store.author.user
    let key: IdentityReseal.Key
    if let user = store.data.users.first(where: { $0.id == account }), let keys {
      do throws(KeyProblem) {
        key = .held(try keys.key(for: user, province: store.provinceID))
      } catch {
        key = .missing(why: error.message(catalog: catalog))
      }
    } else {
      key = .missing(why: catalog["users.noKeyHere"])
    }
    do throws(StoreError) {
      messages += try IdentityReseal.afterUsersChange(
        store, readersBefore: readersBefore, account: account, key: key, catalog: catalog)
    } catch {
      messages.append(error.message(catalog: catalog))
    }
  }

  /// The record's history from every journal of the folder.
  func history(_ key: RecordKey) -> Action {
    do {
      return .historyLoaded(key, try opened().history(of: key))
    } catch {
      return .historyFailed(
        catalog.format("history.failed", error.message(catalog: catalog)))
    }
  }

  /// The province with `year`'s records loaded too.
  func loadYear(_ year: Int) -> Action {
    do {
      let store = try opened()
      try store.loadYear(year)
      return .yearLoaded(year, store.data)
    } catch {
      return .yearLoadFailed(error.message(catalog: catalog))
    }
  }

  /// Other consoles' changes since the last look, new notices, and conflicts waiting.
  func refresh() -> [Action] {
    guard let store = openedNow else { return [] }
    var actions: [Action] = []
    let count = store.refresh()
    if count > 0 { actions.append(.othersChanged(store.data, store.versions, count: count)) }
    actions += newNotices(store)
    return actions
  }

  /// Readable when another console may have saved (nil: the folder must be polled).
  func changeDescriptor() -> Int32? { openedNow?.changeDescriptor }

  /// Notices the store has for the user (a damaged journal line, a folder opened read-only,
  /// conflicts to decide) not yet shown.
  func notices() -> [Action] {
    guard let store = openedNow else { return [] }
    return newNotices(store)
  }

  private func newNotices(_ store: ProvinceStore) -> [Action] {
    var actions = store.notices.dropFirst(noticesShown).map {
      Action.notice($0.message(catalog: catalog))
    }
    actions += messages.map(Action.notice)
    messages = []
    noticesShown = store.notices.count
    let conflicts = store.versions.conflicts.count
    if conflicts > 0, conflicts != conflictsShown {
      actions.append(.notice(catalog.format("status.conflictsWaiting", conflicts)))
    }
    conflictsShown = conflicts
    return actions
  }

  /// Folds the journals into the files when no other console is open, and closes.
  func close() throws(StoreError) {
    try opened().close()
  }

  /// The store, waiting for a demo copy being written; nil if it failed.
  var openedStore: ProvinceStore? { try? opened() }

  /// The folder the store works on.
  var folder: DataFolder? { try? opened().folder }
}
