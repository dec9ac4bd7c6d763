/// Who is at the keyboard, from the province's users, the machine account the console runs
/// as and the user name asked for (`--user`). Where people log in to the machine with their
/// own accounts the account is the identity; on a shared account a user gives their name and
/// password.
public enum SignIn: Equatable, Sendable {
  /// The province has no users yet: whoever opens it may do everything, and the first
  /// start registers them as its admin.
  case open(account: String)
  /// The machine account is a registered user: no password asked.
  case account(User)
  /// The user must give their password.
  case password(User)
  /// Refused before anything opens: the catalog key and its arguments.
  case refused(AccessRefusal)

  public static func decide(users: [User], machineAccount: String, asked: String?) -> SignIn {
    guard !users.isEmpty else { return .open(account: asked ?? machineAccount) }
    let name = asked ?? machineAccount
    guard let user = users.first(where: { $0.id == name }) else {
      return .refused(
        AccessRefusal(asked == nil ? "signin.unknownAccount" : "signin.unknownUser", [name]))
    }
    if user.isDisabled { return .refused(AccessRefusal("signin.disabled", [name])) }
    if name == machineAccount { return .account(user) }
    guard user.password != nil else {
      return .refused(AccessRefusal("signin.noPassword", [name, machineAccount]))
    }
    return .password(user)
  }
}
