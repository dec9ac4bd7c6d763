import ANTQCore

/// A password as a user's record keeps it: the scrypt hash and, for a reader, a new key pair
/// wrapped with it (an old wrapped key cannot be opened without the old password; identities
/// are sealed to the new key again by a reader's console).
public struct PasswordKeys: PasswordSetting {
  public init() {}

  public func setting(_ password: String, on user: User) throws -> User {
    var user = user
    user.password = try PasswordHasher.record(for: password)
    if user.isIdentityReader { (user, _) = try KeyRing.provision(user, password: password) }
    return user
  }
}
