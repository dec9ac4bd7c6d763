import ANTQCore

/// Lists of team members: one team's (on its page, every member ever, active first) or
/// every member in the province active at the end of the year.
enum MembersList {
  struct Row {
    let member: Member
    let team: String
    let commune: String
    let communeID: String?
    let active: Bool
  }

  static func ofTeam(_ teamID: String) -> ListScreen<Row> {
    let list = RecordList(columns: columns(showTeam: false), sortedBy: 0, ascending: true) {
      row, _ in row.member.fullName
    }
    return ListScreen(
      list: list,
      rows: { context in
        rows(context, members: context.data.members.filter { $0.teamID == teamID })
      },
      editor: ListEditor(
        new: { context in TeamForms.member(editing: nil, teamID: teamID, context: context) },
        edit: { row, context in
          TeamForms.member(editing: row.member, teamID: teamID, context: context)
        }, kind: .member, subject: { Record($0.member) })
    ).scoped { $0.communeID }
  }

  static func all() -> ListScreen<Row> {
    let list = RecordList(columns: columns(showTeam: true), sortedBy: 0, ascending: true) {
      row, _ in row.member.fullName + " " + row.team + " " + row.commune
    }
    return ListScreen(
      list: list,
      rows: { context in
        rows(context, members: context.data.members.filter { $0.active(atEndOf: context.year) })
      },
      editor: ListEditor(
        edit: { row, context in
          TeamForms.member(editing: row.member, teamID: row.member.teamID, context: context)
        }, kind: .member, subject: { Record($0.member) })
    ).scoped { $0.communeID }
  }

  static func rows(_ context: AppContext, members: [Member]) -> [Row] {
    let names = CommuneNames(context.data)
    var teams: [String: (name: String, commune: String, id: String)] = [:]
    for team in context.data.teams {
      teams[team.id] = (team.name, names[team.communeID], team.communeID)
    }
    return members.map {
      let team = teams[$0.teamID]
      return Row(
        member: $0, team: team?.name ?? $0.teamID, commune: team?.commune ?? "",
        communeID: team?.id,
        active: $0.active(atEndOf: context.year))
    }
  }

  static func columns(showTeam: Bool) -> [ListColumn<Row>] {
    var columns: [ListColumn<Row>] = [
      .text("sup.col.fullName", width: 24, flexible: true) { $0.member.fullName },
      .year("sup.col.born", width: 5) { $0.member.birthYear },
      ListColumn(
        "sup.col.gender", width: 4,
        text: { row, context in context.catalog["sup.gender.\(row.member.gender.rawValue)"] },
        sortKey: .text { $0.member.gender.rawValue }
      ).priority(4),
      ListColumn(
        "sup.col.role", width: 10,
        text: { row, context in context.catalog["sup.role.\(row.member.role.rawValue)"] },
        sortKey: .number { Member.Role.allCases.firstIndex(of: $0.member.role) ?? 0 }),
    ]
    if showTeam {
      columns += [
        ListColumn<Row>.text("col.team", width: 22, flexible: true) { $0.team }.priority(2),
        ListColumn<Row>.text("col.commune", width: 16) { $0.commune }.priority(1),
      ]
    }
    columns += [
      ListColumn(
        "sup.col.joined", width: 10, text: { row, _ in row.member.joined.dayMonthYear },
        sortKey: .number { dayKey($0.member.joined) }
      ).priority(3),
      flag("sup.col.uniform") { $0.member.uniformIssued }.priority(5),
      flag("sup.col.allowance") { $0.member.paidAllowance }.priority(5),
      ListColumn(
        "sup.col.status", width: 12,
        text: { row, context in
          context.catalog[row.active ? "sup.member.active" : "sup.member.left"]
        },
        sortKey: .number { $0.active ? 0 : 1 }, style: { $0.active ? nil : .hint }),
    ]
    return columns
  }

  static func dayKey(_ day: Day) -> Int { day.year * 10_000 + day.month * 100 + day.day }

  private static func flag(_ titleKey: String, _ value: @escaping (Row) -> Bool) -> ListColumn<Row>
  {
    ListColumn(
      titleKey, width: 7, alignment: .center,
      text: { row, context in context.catalog[value(row) ? "sup.flag.yes" : "sup.flag.no"] },
      sortKey: .number { value($0) ? 1 : 0 })
  }
}
