import ANTQCore
import Crypto
import Foundation

/// Where a user's private key comes from: wrapped with their password in users.json (people
/// who log in by name on a shared machine account), or a key file only their account can
/// read (people with their own machine account).
public enum KeyRing {
  /// The key of a user who logs in by password: unwrapped with it.
  public static func unlock(user: User, password: String) throws(KeyProblem) -> ReaderKey {
    guard let wrapped = user.wrappedPrivateKey else { throw KeyProblem.noKey(account: user.id) }
    let key = try WrappedKey.unwrap(wrapped, password: password)
    return try matched(ReaderKey(account: user.id, privateKey: key), user)
  }

  /// The key of a user with their own machine account, from their key file.
  public static func load(user: User, province: String, environment: [String: String] = env)
    throws(KeyProblem) -> ReaderKey
  {
    guard user.publicKey != nil else { throw KeyProblem.noKey(account: user.id) }
    let path = KeyFile.path(province: province, account: user.id, environment: environment)
    let key = try KeyFile.read(path)
    return try matched(ReaderKey(account: user.id, privateKey: key), user)
  }

  /// The key for `user` whichever way they hold it: a user with a wrapped key must give the
  /// password (nil: not given, so the key file is tried).
  public static func key(
    for user: User, password: String?, province: String, environment: [String: String] = env
  ) throws(KeyProblem) -> ReaderKey {
    if let password, user.wrappedPrivateKey != nil {
      return try unlock(user: user, password: password)
    }
    return try load(user: user, province: province, environment: environment)
  }

  /// A new key pair for a user who logs in by password: the user with its public key and the
  /// private key wrapped with `password`.
  public static func provision(_ user: User, password: String) throws -> (User, ReaderKey) {
    var user = user
    let key = ReaderKey.generate(for: user.id)
    user.publicKey = key.publicKey
    user.wrappedPrivateKey = try WrappedKey.wrap(key.privateKey, password: password)
    return (user, key)
  }

  /// A new key pair for a user with their own machine account: the key file written (0600,
  /// folder 0700, atomically) and the user with its public key.
  public static func provisionFile(
    _ user: User, province: String, environment: [String: String] = env
  ) throws -> (User, ReaderKey) {
    var user = user
    let key = ReaderKey.generate(for: user.id)
    try KeyFile.write(
      key.privateKey,
      to: KeyFile.path(province: province, account: user.id, environment: environment))
    user.publicKey = key.publicKey
    user.wrappedPrivateKey = nil
    return (user, key)
  }

  /// Writes `key` as its account's key file for the province; returns the path.
  @discardableResult
  public static func writeKeyFile(
    _ key: ReaderKey, province: String, environment: [String: String] = env
  ) throws -> String {
    let path = KeyFile.path(province: province, account: key.account, environment: environment)
    try KeyFile.write(key.privateKey, to: path)
    return path
  }

  /// Removes the running account's keys of a province (a demo copy thrown away).
  public static func removeKeys(province: String, environment: [String: String] = env) {
    let file = KeyFile.path(province: province, account: "x", environment: environment)
    try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent)
  }

  /// Where the account's key file for the province is.
  public static func keyFilePath(
    province: String, account: String, environment: [String: String] = env
  ) -> String {
    KeyFile.path(province: province, account: account, environment: environment)
  }

  /// A new password for a user: the password record replaced and their private key, if
  /// wrapped, wrapped again with the new password (unwrapped with `key`, the unlocked one).
  public static func changePassword(of user: User, to password: String, key: ReaderKey?)
    throws -> User
  {
    var user = user
    user.password = try PasswordHasher.record(for: password)
    if user.wrappedPrivateKey != nil {
      guard let key, key.account == user.id, key.publicKey == user.publicKey else {
        throw KeyProblem.keyMismatch(account: user.id)
      }
      user.wrappedPrivateKey = try WrappedKey.wrap(key.privateKey, password: password)
    }
    return user
  }

  public static var env: [String: String] { ProcessInfo.processInfo.environment }

  private static func matched(_ key: ReaderKey, _ user: User) throws(KeyProblem) -> ReaderKey {
    guard key.publicKey == user.publicKey else { throw KeyProblem.keyMismatch(account: user.id) }
    return key
  }
}
