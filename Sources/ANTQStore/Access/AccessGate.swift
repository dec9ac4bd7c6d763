import ANTQCore

#if canImport(Glibc)
  import Glibc
#endif

/// Lets into the data only the journal changes their authors' roles allowed, so a change
/// brought in from a tampered office copy or typed by hand into a journal is refused, not
/// applied. Users' own records are weighed first, in time order (a clerk's work may be read
/// before the admin's line registering them); every change is then applied in the order
/// given, which keeps each journal's order. A change made before the province had any user
/// is let in as it was then.
struct AccessGate {
  /// The time of the first user's registration when it came from the journals; `.min` when
  /// the folded files already had users (then every journal change is checked).
  private(set) var usersSince: Int64?

  init(folded data: ProvinceData) {
    usersSince = data.users.isEmpty ? nil : .min
  }

  /// Calls `apply` for each line let in, in the order given, and returns those refused.
  /// `data` is the province before them; `current` a record as it stands now.
  mutating func admit(
    _ lines: [StampedLine], over data: () -> ProvinceData, current: (RecordKey) -> Record?,
    apply: (StampedLine) -> Void
  ) -> [RefusedChange] {
    var refused: [RefusedChange] = []
    var users = Dictionary(data().users.map { ($0.id, $0) }, uniquingKeysWith: { $1 })
    var admittedUsers = Set<ChangeID>()
    let userLines = lines.filter { $0.stamped.change.kind == .user }
    for line in userLines.sorted(by: {
      ($0.stamped.time, $0.stamped.id) < ($1.stamped.time, $1.stamped.id)
    }) {
      let s = line.stamped
      let policy = AccessPolicy(users: Array(users.values))
      if let refusal = policy.refusal(
        of: s.change, by: s.author.user, at: Moment(micros: s.time),
        current: users[s.change.id].map(Record.init), in: data())
      {
        refused.append(RefusedChange(stamped: s, refusal: refusal))
        continue
      }
      admittedUsers.insert(s.id)
      switch s.change {
      case .upsert(let record): users[record.id] = record.as(User.self)
      case .delete(_, let id): users[id] = nil
      }
      if usersSince == nil { usersSince = s.time }
    }
    let policy = AccessPolicy(users: Array(users.values))
    let before = usersSince == nil ? nil : data()
    // By index: `for line in lines` would copy every line (and its record) once more.
    for index in lines.indices {
      let kind = lines[index].stamped.change.kind
      if kind == .user {
        if admittedUsers.contains(lines[index].stamped.id) { apply(lines[index]) }
        continue
      }
      if let before, let since = usersSince, lines[index].stamped.time >= since {
        let s = lines[index].stamped
        if let refusal = policy.refusal(
          of: s.change, by: s.author.user, at: Moment(micros: s.time), current: current(s.key),
          in: before)
        {
          refused.append(RefusedChange(stamped: s, refusal: refusal))
          continue
        }
      }
      apply(lines[index])
    }
    return refused
  }
}

extension Moment {
  /// The local time of a journal's stamp (microseconds since 1970).
  init(micros: Int64) {
    var seconds = time_t(micros / 1_000_000)
    var parts = tm()
    localtime_r(&seconds, &parts)
    let day =
      Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? Day(year: 1970, month: 1, day: 1)!
    self.init(day: day, minuteOfDay: Int(parts.tm_hour) * 60 + Int(parts.tm_min))
  }
}

/// A journal change that was not let in, and why.
public struct RefusedChange: Equatable, Sendable {
  public let stamped: StampedChange
  public let refusal: AccessRefusal

  public func message(_ catalog: Catalog) -> String {
    catalog.format(
      "store.notice.changeRefused", stamped.id, stamped.author.user, stamped.key,
      refusal.message(catalog))
  }
}
