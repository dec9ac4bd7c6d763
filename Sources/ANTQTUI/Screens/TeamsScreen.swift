import ANTQCore

/// Tổ bảo vệ: the grassroots security teams active at the end of the year, by commune
/// (Enter opens a team and its members), or — `v` — every member in the province.
enum TeamsScreen {
  struct Row {
    let team: Team
    let commune: String
    let members: Int
    /// nil when no leader is active: Law 30/2023 art. 16 wants one, the list flags it.
    let leader: String?
  }

  static func make() -> TwoViews {
    TwoViews(teams(), MembersList.all())
  }

  static func teams() -> ListScreen<Row> {
    let columns: [ListColumn<Row>] = [
      .text("col.name", width: 28, flexible: true) { $0.team.name },
      .text("col.commune", width: 18, flexible: true) { $0.commune },
      ListColumn<Row>.count("col.areas", width: 5) { $0.team.residentialAreaIDs.count }
        .priority(2),
      .count("col.members", width: 7) { $0.members },
      ListColumn<Row>(
        "col.leader", width: 22, flexible: true,
        text: { row, context in row.leader ?? context.catalog["sup.team.noLeader"] },
        order: { ($0.leader ?? "") < ($1.leader ?? "") },
        style: { $0.leader == nil ? .bad : nil }
      ).priority(1),
    ]
    let list = RecordList(columns: columns, sortedBy: 1, ascending: true) { row, _ in
      [row.team.name, row.commune, row.leader ?? ""].joined(separator: " ")
    }
    return ListScreen(
      list: list, rows: rows, page: { row, context in teamPage(row.team, context: context) },
      editor: ListEditor(
        new: { context in TeamForms.team(editing: nil, context: context) },
        edit: { row, context in TeamForms.team(editing: row.team, context: context) },
        kind: .team, subject: { Record($0.team) })
    ).scoped { $0.team.communeID }
  }

  /// A team's page: its commune, the areas it covers, and its members (new with `n`).
  static func teamPage(_ team: Team, context: AppContext) -> SectionsPage {
    SectionsPage(
      header: { context in header(teamID: team.id, context: context) },
      sections: [.init(titleKey: "sup.page.members", screen: MembersList.ofTeam(team.id))],
      context: context)
  }

  static func header(teamID: String, context: AppContext) -> [SectionsPage.Line] {
    let data = context.data
    guard let team = data.teams.first(where: { $0.id == teamID }) else { return [] }
    let catalog = context.catalog
    let areaNames = Dictionary(
      data.residentialAreas.filter { $0.communeID == team.communeID }.map { ($0.id, $0.name) },
      uniquingKeysWith: { a, _ in a })
    let members = data.members.filter { $0.teamID == teamID && $0.active(atEndOf: context.year) }
    let leader = members.first { $0.role == .leader }?.fullName ?? "—"
    var status = catalog.format("sup.page.founded", team.founded.dayMonthYear)
    if let dissolved = team.dissolved {
      status += " · " + catalog.format("sup.page.dissolved", dissolved.dayMonthYear)
    }
    return [
      (team.name + " · " + CommuneNames(data)[team.communeID], .title),
      (
        catalog.format(
          "sup.page.covers",
          team.residentialAreaIDs.map { areaNames[$0] ?? $0 }.joined(separator: ", ")),
        .plain
      ),
      (status, .plain),
      (
        catalog.format(
          "sup.page.teamFigures", context.year, context.numbers.integer(members.count), leader),
        .plain
      ),
    ]
  }

  static func rows(_ context: AppContext) -> [Row] {
    let data = context.data
    let year = context.year
    let communeNames = CommuneNames(data)
    var members: [String: Int] = [:]
    var leaders: [String: String] = [:]
    for member in data.members where member.active(atEndOf: year) {
      members[member.teamID, default: 0] += 1
      if member.role == .leader, member.left.map({ $0.year > year }) ?? true {
        leaders[member.teamID] = member.fullName
      }
    }
    return data.teams.filter { $0.active(atEndOf: year) }.map { team in
      Row(
        team: team, commune: communeNames[team.communeID], members: members[team.id] ?? 0,
        leader: leaders[team.id])
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
