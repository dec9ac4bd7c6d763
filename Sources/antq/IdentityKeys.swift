import ANTQCore
import ANTQSecurity
import ANTQStore
import ANTQTUI
import Foundation

/// The key this console opens identities with: unlocked at login for a password user
/// (`unlocked`), else read from the account's key file when first needed.
final class IdentityKeys: @unchecked Sendable {
  /// Set by the login of a user whose key is wrapped with their password.
  var unlocked: ReaderKey?

  /// The key of `user`, or why there is none (not a reader, no key, the key file missing or
  /// damaged, with its path).
  func key(for user: User, province: String) throws(KeyProblem) -> ReaderKey {
    guard user.isIdentityReader else { throw KeyProblem.notAReader(account: user.id) }
    if let unlocked, unlocked.account == user.id { return unlocked }
    if user.wrappedPrivateKey != nil, user.publicKey != nil {
      // A password user who did not log in with the password: the key stays locked.
      throw KeyProblem.noKey(account: user.id)
    }
    return try KeyRing.load(user: user, province: province)
  }
}

extension StoreHandle {
  /// Checks that this console's account can open the tip's identity, records the reveal
  /// (journaled and fsynced), and only then hands the identity over.
  func reveal(_ tipID: String, reason: String, keys: IdentityKeys, catalog: Catalog) -> Action {
    guard let store = openedStore else { return .revealRefused(catalog["seal.error.noSealer"]) }
    let account = store.author.user
    guard let user = store.data.users.first(where: { $0.id == account }) else {
      return .revealRefused(catalog.format("reveal.noUser", account))
    }
    guard let sealed = store.data.tips.first(where: { $0.id == tipID })?.sealedIdentity else {
      return .revealRefused(catalog.format("reveal.noTip", tipID))
    }
    let informant: Tip.Informant
    do throws(KeyProblem) {
      let key = try keys.key(for: user, province: store.provinceID)
      informant = try IdentitySealer().open(sealed, with: key)
    } catch {
      return .revealRefused(error.message(catalog: catalog))
    }
    let reveal = IdentityReveal(
      id: "XDT-" + UUID().uuidString.prefix(12).lowercased(), tipID: tipID, account: account,
      at: .now(), reason: reason)
    switch record(.upsert(Record(reveal)), base: nil, settles: []) {
    case .saved(let saved):
      return .revealed(
        RevealedIdentity(
          tipID: tipID, informant: informant, data: saved.data, versions: saved.versions))
    case .saveFailed(let reason): return .revealRefused(reason)
    default: return .revealRefused(catalog["status.saveFailed"])
    }
  }
}
