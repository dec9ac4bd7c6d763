import ANTQCore
import ANTQSecurity
import ANTQStore

/// After a change of users that added or removed a reader of identities (or gave one a new
/// key), every tip's identity is sealed again to the readers now, with the key of the one who
/// made the change, from the console or `antq users`; `antq users reseal` seals again what a
/// change without a key left. Without a key the seals stay as they were and one line says so. A reader removed cannot open the new seals; the journals keep
/// the older ones.
enum IdentityReseal {
  /// The key of the one who made the change, or why there is none.
  enum Key {
    case held(ReaderKey)
    case missing(why: String)
  }

  /// What to tell the user (nothing when the readers did not change).
  static func afterUsersChange(
    _ store: ProvinceStore, readersBefore: [User], account: String,
    key: Key, catalog: Catalog
  ) throws(StoreError) -> [String] {
    let before = Dictionary(readersBefore.map { ($0.id, $0.publicKey) }) { first, _ in first }
    let after = Dictionary(store.identityReaders.map { ($0.id, $0.publicKey) }) { first, _ in
      first
    }
    guard before != after else { return [] }
    let renewed = Set(after.keys.filter { before[$0] != nil && before[$0] != after[$0] })
    return try reseal(store, renewing: renewed, account: account, key: key, catalog: catalog)
  }

  /// Every tip not sealed to the readers now (and every seal of a reader in `renewing`)
  /// sealed again with `key`; what to tell the user.
  static func reseal(
    _ store: ProvinceStore, renewing renewed: Set<String> = [], account: String, key: Key,
    catalog: Catalog
  ) throws(StoreError) -> [String] {
    let reader: ReaderKey
    switch key {
    case .held(let key): reader = key
    case .missing(let why): return [catalog.format("users.resealNoKey", account, why)]
    }
    let sealer = IdentitySealer()
    let outcome = try store.resealIdentities(renewing: renewed) { sealed, readers in
      try sealer.reseal(sealed, to: readers, with: reader)
    }
    var lines = [catalog.format("users.resealed", outcome.resealed)]
    if !outcome.left.isEmpty {
      lines.append(
        catalog.format(
          "users.resealLeft", outcome.left.count, outcome.left.prefix(5).joined(separator: ", ")))
    }
    return lines
  }
}
