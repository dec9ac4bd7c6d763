import ANTQCore

/// Tổ bảo vệ: the grassroots security teams active at the end of the year.
enum TeamsScreen {
  struct Row {
    let team: Team
    let commune: String
    let members: Int
    let leader: String
  }

  static func make() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      .text("col.name", width: 28, flexible: true) { $0.team.name },
      .text("col.commune", width: 18, flexible: true) { $0.commune },
      .count("col.areas", width: 5) { $0.team.residentialAreaIDs.count },
      .count("col.members", width: 7) { $0.members },
      .text("col.leader", width: 22, flexible: true) { $0.leader },
    ]
    let list = RecordList(columns: columns, sortedBy: 1, ascending: true) { row, _ in
      [row.team.name, row.commune, row.leader].joined(separator: " ")
    }
    return ListScreen(list: list, rows: rows)
  }

  static func rows(_ context: AppContext) -> [Row] {
    let data = context.data
    let year = context.year
    let communeNames = CommuneNames(data)
    var members: [String: Int] = [:]
    var leaders: [String: String] = [:]
    for member in data.members where member.active(atEndOf: year) {
      members[member.teamID, default: 0] += 1
      if member.role == .leader { leaders[member.teamID] = member.fullName }
    }
    return data.teams.filter { $0.active(atEndOf: year) }.map { team in
      Row(
        team: team, commune: communeNames[team.communeID], members: members[team.id] ?? 0,
        leader: leaders[team.id] ?? "—")
    }
  }
}

/// Commune names by id, for lists that show where a record belongs.
struct CommuneNames {
  private let names: [String: String]

  init(_ data: ProvinceData) {
    names = Dictionary(
      data.communes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  subscript(_ id: String) -> String { names[id] ?? id }
}
