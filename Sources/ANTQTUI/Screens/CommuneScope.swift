import ANTQCore

/// What a clerk's lists show: the records of their own communes, and of the others only how
/// many there are (the dashboard and the communes' figures stay province-wide). nil for
/// supervisors, admins and a province without users: they see every record.
struct CommuneScope {
  let communeIDs: Set<String>
  let names: [String]

  init?(_ context: AppContext) {
    guard let user = context.user, user.role == .clerk else { return nil }
    communeIDs = Set(user.communeIDs)
    names = user.communeIDs.map { context.data.communeName($0) }
  }

  /// Whether a record of this commune is listed; one of no commune is.
  func shows(_ communeID: String?) -> Bool { communeID.map(communeIDs.contains) ?? true }

  /// "Chỉ hiện bản ghi của xã Chí Đám; các xã khác: 1.234 bản ghi."
  func line(hidden: Int, _ context: AppContext) -> String {
    context.catalog.format(
      "scope.ownCommunes", names.joined(separator: ", "), context.numbers.integer(hidden))
  }

  /// The rows `rows` gives, narrowed to the user's communes, and how many were left out.
  static func narrowing<Row>(
    _ rows: @escaping (AppContext) -> [Row], communeOf: ((Row) -> String?)?
  ) -> (AppContext) -> ScopedRows<Row> {
    { context in
      let all = rows(context)
      guard let communeOf, let scope = CommuneScope(context) else {
        return ScopedRows(rows: all, hidden: 0, line: nil)
      }
      let own = all.filter { scope.shows(communeOf($0)) }
      let hidden = all.count - own.count
      return ScopedRows(
        rows: own, hidden: hidden, line: hidden == 0 ? nil : scope.line(hidden: hidden, context))
    }
  }
}

/// A list's rows as the user may see them, with the line saying what was left out.
struct ScopedRows<Row> {
  let rows: [Row]
  let hidden: Int
  let line: String?
}
