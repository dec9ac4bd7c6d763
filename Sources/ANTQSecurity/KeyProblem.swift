import ANTQCore

/// Why an identity cannot be opened (or a key unlocked): said to the user, never fatal;
/// identities stay sealed and everything else works.
public enum KeyProblem: Error, Equatable, Sendable {
  /// The user is not a reader of identities (or is disabled).
  case notAReader(account: String)
  /// The user has no key pair yet.
  case noKey(account: String)
  /// A reader without a public key: nothing can be sealed to them.
  case noPublicKey(account: String)
  case keyFileMissing(path: String)
  case keyFileDamaged(path: String, reason: String)
  /// Others than the account can read the key file.
  case keyFileExposed(path: String, mode: String)
  /// The key (file or wrapped) does not belong to the public key the user has.
  case keyMismatch(account: String)
  case wrongPassword
  /// This identity was not sealed to the account (it was added as a reader after).
  case notSealedTo(account: String)
  case damagedSeal

  public func message(catalog: Catalog) -> String {
    switch self {
    case .notAReader(let account): return catalog.format("key.error.notAReader", account)
    case .noKey(let account): return catalog.format("key.error.noKey", account)
    case .noPublicKey(let account): return catalog.format("key.error.noPublicKey", account)
    case .keyFileMissing(let path): return catalog.format("key.error.fileMissing", path)
    case .keyFileDamaged(let path, let reason):
      return catalog.format("key.error.fileDamaged", path, reason)
    case .keyFileExposed(let path, let mode):
      return catalog.format("key.error.fileExposed", path, mode)
    case .keyMismatch(let account): return catalog.format("key.error.mismatch", account)
    case .wrongPassword: return catalog["key.error.wrongPassword"]
    case .notSealedTo(let account): return catalog.format("key.error.notSealedTo", account)
    case .damagedSeal: return catalog["key.error.damagedSeal"]
    }
  }
}
