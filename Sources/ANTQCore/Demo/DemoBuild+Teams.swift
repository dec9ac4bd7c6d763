extension DemoBuild {
  /// Teams partition each commune's residential areas (a team covers one or two); the
  /// last year's target counts them all, earlier years only those founded by then.
  mutating func teams() {
    let targets = desc.years.map(\.teams)
    let total = targets.last!
    let merged = data.residentialAreas.count - total
    precondition(merged >= 0, "more teams than residential areas")
    let pairs = Split.distribute(merged, weights: areasOf.map { $0.count - 1 })
    var order: [(commune: Int, areas: [Int])] = []
    for (c, areas) in areasOf.enumerated() {
      precondition(pairs[c] < areas.count, "commune \(c): too few areas for its teams")
      var a = 0
      var made = 0
      while a < areas.count {
        let size = made < pairs[c] ? 2 : 1
        made += 1
        order.append((c, Array(areas[a..<min(a + size, areas.count)])))
        a += size
      }
    }
    // Which teams are founded in which target year: a random permutation cut by targets.
    let permutation = rng.sample(order.count, of: order.count)
    teamStart = [Int](repeating: 0, count: order.count)
    for (position, team) in permutation.enumerated() {
      teamStart[team] = targets.firstIndex(where: { position < $0 })!
    }
    teamsOf = areasOf.map { _ in [] }
    for (t, team) in order.enumerated() {
      let commune = data.communes[team.commune]
      let founded =
        teamStart[t] == 0
        ? rng.day(from: desc.teamsFrom, through: desc.teamsFrom.adding(days: 90))
        : rng.day(
          from: window(teamStart[t]).first,
          through: min(
            window(teamStart[t]).last, Day(year: years[teamStart[t]], month: 11, day: 30)!))
      teamsOf[team.commune].append(t)
      data.teams.append(
        Team(
          id: ident("TO", t + 1), communeID: commune.id,
          name: "Tổ bảo vệ ANTT " + data.residentialAreas[team.areas[0]].name,
          residentialAreaIDs: team.areas.map { data.residentialAreas[$0].id }, founded: founded))
    }
  }
}
