import ANTQCore

/// What the forms remember between records in one session, so the next record of the
/// day needs fewer keys: the commune last used, the last shift and team, the last counts.
final class EntrySession {
  var communeID: String?
  var teamID: String?
  var shift: (start: String, end: String)?
  var counts: [String: String] = [:]
  /// The last patrol saved this session: the next one's usual team, route and shift.
  var lastPatrol: Patrol?

  init() {}

  /// The commune a new record defaults to: the one last used this session, else the
  /// commune of `fallback` (the newest record on the list), else the first commune; a
  /// clerk's first commune before the newest record's, which may be another commune's.
  func commune(_ context: AppContext, fallback: String?) -> String? {
    let clerks = context.user.flatMap { $0.role == .clerk ? $0.communeIDs.first : nil }
    return communeID ?? clerks ?? fallback ?? context.data.communes.first?.id
  }
}

/// Ids for new records: the prefix the demo uses for the year ("P26-") and the next number.
enum RecordIDs {
  static func next(_ prefix: String, year: Int, existing: some Sequence<String>) -> String {
    let stem = "\(prefix)\(year % 100)-"
    var highest = 0
    for id in existing where id.hasPrefix(stem) {
      if let number = Int(id.dropFirst(stem.count)) { highest = max(highest, number) }
    }
    let digits = String(highest + 1)
    return stem + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
  }
}

/// The lists pick-list fields offer.
enum FormOptions {
  static func communes(_ data: ProvinceData) -> PickList {
    PickList(options: data.communes.map { FieldOption(id: $0.id, title: $0.name) })
  }

  /// The commune's teams still active; any other team is only recognised, to say why not.
  static func teams(_ data: ProvinceData, commune: String?, on day: Day) -> PickList {
    let active = data.teams.filter { team in
      team.communeID == commune && team.founded <= day && (team.dissolved.map { day < $0 } ?? true)
    }
    let others = data.teams.filter { $0.communeID != commune }
    return PickList(
      options: active.map { FieldOption(id: $0.id, title: $0.name) },
      wider: others.map { FieldOption(id: $0.id, title: $0.name) })
  }

  static func areas(_ data: ProvinceData, commune: String?, multiple: Bool) -> PickList {
    PickList(
      options: data.residentialAreas.filter { $0.communeID == commune }.map {
        FieldOption(id: $0.id, title: $0.name)
      }, multiple: multiple)
  }

  /// Options for an enum's cases titled from the catalog ("urgency.normal"…).
  static func cases<T: RawRepresentable & CaseIterable>(
    _ type: T.Type, prefix: String, catalog: Catalog
  ) -> [FieldOption] where T.RawValue == String {
    T.allCases.map { FieldOption(id: $0.rawValue, title: catalog[prefix + $0.rawValue]) }
  }

  static func name(of id: String?, in list: PickList) -> String {
    guard let id else { return "" }
    return (list.options + list.wider).first { $0.id == id }?.title ?? ""
  }
}
