import ANTQCore

extension AppContext {
  /// The user at the keyboard; nil while the province has no users (everyone may do all).
  public var user: User? { account.flatMap { a in data.users.first { $0.id == a } } }

  /// Whether the user's role does this kind of work at all (what menus and help offer).
  func mayDo(_ duty: Duty) -> Bool {
    guard let user else { return data.users.isEmpty }
    return duty.roles.contains(user.role)
  }

  /// Why the user may not add records of `kind`, nil when they may.
  func refusal(toWorkOn kind: RecordKind) -> AccessRefusal? {
    let duty = kind.type.duty
    return mayDo(duty) ? nil : AccessRefusal("access.role.\(duty.rawValue)", [account ?? ""])
  }

  /// Why the user may not make `change` over `current`, nil when they may: the store's rule.
  func refusal(_ change: Change, current: Record?) -> AccessRefusal? {
    guard let account else { return nil }
    return AccessPolicy(data).refusal(of: change, by: account, current: current, in: data)
  }
}
