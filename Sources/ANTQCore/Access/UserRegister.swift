/// Turns a password into what a user's record keeps: its memory-hard hash and, for a reader,
/// a key pair wrapped with it. ANTQSecurity does it; the console and `antq users` are given one.
public protocol PasswordSetting: Sendable {
  func setting(_ password: String, on user: User) throws -> User
}

/// The admin's changes to the user register, as the console's users screen and `antq users`
/// make them: each gives the user record to journal, or the catalog key of what is wrong.
public enum UserRegister {
  public static let shortestPassword = 6

  /// A new user: everything the admin typed, checked against the province.
  public static func add(_ user: User, to data: ProvinceData, today: Day) -> [ValidationIssue] {
    if data.users.contains(where: { $0.id == user.id }) {
      return [ValidationIssue(field: "id", key: "users.exists", arguments: [user.id])]
    }
    return Validator(data: data, today: today).check(user)
  }

  /// The user with a new role, communes and reading: a clerk keeps their communes unless new
  /// ones are given; the other roles work for every commune.
  public static func setting(
    role: Role, communeIDs: [String], reader: Bool?, on user: User
  ) -> User {
    var changed = user
    changed.role = role
    if !communeIDs.isEmpty || role != .clerk { changed.communeIDs = communeIDs }
    if let reader { changed.readsIdentities = reader }
    return changed
  }

  /// The user disabled from `moment` on (their changes after it are refused), or enabled.
  public static func setting(disabled: Bool, at moment: Moment, on user: User) -> User {
    var changed = user
    changed.disabledAt = disabled ? (user.disabledAt ?? moment) : nil
    return changed
  }

  /// What is wrong with a new password typed twice (nil `again` when it cannot be asked
  /// twice, in a script): the catalog key, or nil when it may be set.
  public static func passwordProblem(_ password: String, again: String?) -> String? {
    guard password.count >= shortestPassword else { return "users.shortPassword" }
    if let again, again != password { return "users.passwordsDiffer" }
    return nil
  }
}
