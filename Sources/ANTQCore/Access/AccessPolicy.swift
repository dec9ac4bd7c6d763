/// Who may make which change, from the province's users. A province with no users yet is
/// open (a folder from before users existed, or a new one before its creator is registered);
/// the first user must be an admin.
public struct AccessPolicy: Sendable {
  public let users: [String: User]

  public init(users: [User]) {
    self.users = Dictionary(users.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
  }

  public init(_ data: ProvinceData) { self.init(users: data.users) }

  public var isOpen: Bool { users.isEmpty }

  /// Why `account` may not make `change` at `time`, nil when it may. `current` is the record
  /// as it stands before the change (nil for a new one); `data` answers which commune a
  /// member's team belongs to.
  public func refusal(
    of change: Change, by account: String, at time: Moment? = nil, current: Record?,
    in data: ProvinceData
  ) -> AccessRefusal? {
    let new: Record? = if case .upsert(let record) = change { record } else { nil }
    if isOpen {
      guard change.kind == .user else { return nil }
      return new?.as(User.self)?.role == .admin ? nil : AccessRefusal("access.firstUserAdmin")
    }
    guard let user = users[account] else { return AccessRefusal("access.unknownUser", [account]) }
    if let disabled = user.disabledAt, time.map({ $0 >= disabled }) ?? true {
      return AccessRefusal("access.disabled", [account])
    }
    if let refusal = ownAccountRefusal(user, current: current, new: new, kind: change.kind) {
      return refusal == .allowed ? nil : refusal
    }
    let duty = change.kind.type.duty
    guard duty.roles.contains(user.role) else {
      return AccessRefusal("access.role.\(duty.rawValue)", [account])
    }
    switch duty {
    case .communeWork:
      if user.role == .clerk {
        for record in [current, new].compactMap({ $0 }) {
          if let commune = data.communeOfWork(record), !user.worksFor(commune: commune) {
            return AccessRefusal("access.otherCommune", [data.communeName(commune)])
          }
        }
      }
      if user.role < .supervisor, let decided = decisionAdded(current: current, new: new) {
        return AccessRefusal("access.tipDecision", ["stage.\(decided.rawValue)"])
      }
      return nil
    case .revealing:
      guard user.isIdentityReader else { return AccessRefusal("access.notReader", [account]) }
      guard current == nil, new?.as(IdentityReveal.self)?.account == account else {
        return AccessRefusal("access.revealOwn")
      }
      return nil
    case .supervision, .administration:
      return nil
    }
  }

  /// A user changing their own record: only their password and keys.
  private func ownAccountRefusal(_ user: User, current: Record?, new: Record?, kind: RecordKind)
    -> AccessRefusal?
  {
    guard kind == .user, user.role != .admin,
      let before = current?.as(User.self), before.id == user.id
    else { return nil }
    guard var after = new?.as(User.self) else { return AccessRefusal("access.role.administration") }
    after.password = before.password
    after.publicKey = before.publicKey
    after.wrappedPrivateKey = before.wrappedPrivateKey
    return after == before ? .allowed : AccessRefusal("access.ownAccount")
  }

  /// The decision stage a tip change adds, if it adds one.
  private func decisionAdded(current: Record?, new: Record?) -> Tip.Stage? {
    guard let tip = new?.as(Tip.self) else { return nil }
    let before = current?.as(Tip.self)?.steps ?? []
    let added = tip.steps.count > before.count ? tip.steps[before.count...] : []
    return added.first(where: { $0.stage.needsDecision })?.stage
  }
}

extension AccessRefusal {
  fileprivate static let allowed = AccessRefusal("")
}

extension ProvinceData {
  /// The commune a record of commune work belongs to: its own `communeID`, or its team's.
  public func communeOfWork(_ record: Record) -> String? {
    let references = record.value.references
    if let commune = references.first(where: { $0.target == .commune && $0.field == "communeID" }) {
      return commune.ids.first
    }
    if let team = references.first(where: { $0.target == .team })?.ids.first {
      return teams.first { $0.id == team }?.communeID
    }
    return nil
  }

  /// The commune's name for a message, its id when unknown.
  public func communeName(_ id: String) -> String {
    communes.first { $0.id == id }?.name ?? id
  }
}
