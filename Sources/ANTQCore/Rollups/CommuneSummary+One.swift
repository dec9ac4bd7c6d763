extension CommuneSummary {
  /// One commune's summary for `year`, the same figures `all` gives its row, without
  /// building every other commune's: what a commune's page header needs.
  public static func one(
    _ communeID: String, in data: ProvinceData, year: Int, asOf: Day? = nil
  ) -> CommuneSummary? {
    guard let commune = data.communes.first(where: { $0.id == communeID }) else { return nil }
    let today = asOf ?? Day(year: year, month: 12, day: 31)!
    var summary = CommuneSummary(commune)
    var areas = Set<String>()
    for area in data.residentialAreas where area.communeID == communeID {
      areas.insert(area.id)
      summary.residentialAreas.denominator += 1
    }
    var institutions = Set<String>()
    for institution in data.institutions
    where institution.communeID == communeID && institution.classified {
      institutions.insert(institution.id)
      summary.institutions.denominator += 1
    }
    for a in data.assessments where a.year == year {
      let met = a.result == .met
      switch a.subject.kind {
      case .commune:
        if a.subject.id == communeID { summary.safety = met ? .met : .notMet }
      case .residentialArea:
        if met, areas.contains(a.subject.id) { summary.residentialAreas.numerator += 1 }
      case .institution:
        if met, institutions.contains(a.subject.id) { summary.institutions.numerator += 1 }
      }
    }
    if summary.kind == .xa,
      data.newRural.contains(where: {
        $0.subject.kind == .commune && $0.subject.id == communeID && $0.holds(in: year)
      })
    {
      summary.newRural = .met
    }
    var teams = Set<String>()
    for team in data.teams where team.communeID == communeID && team.active(atEndOf: year) {
      teams.insert(team.id)
      summary.teams += 1
    }
    for member in data.members where teams.contains(member.teamID) {
      if member.active(atEndOf: year) { summary.members += 1 }
    }
    summary.modelSites =
      data.modelSites.lazy.filter {
        $0.communeID == communeID && $0.runs(in: year)
      }.count
    summary.patrols =
      data.patrols.lazy.filter {
        $0.communeID == communeID && $0.start.day.year == year
      }.count
    for tip in data.tips where tip.communeID == communeID && tip.receivedAt.day.year == year {
      summary.tips += 1
      if tip.stage != .closed { summary.tipsOpen += 1 }
      if tip.isOverdue(asOf: today) { summary.tipsOverdue += 1 }
      if tip.forwardedLate(remote: commune.remote) { summary.tipsForwardedLate += 1 }
    }
    summary.incidents =
      data.incidents.lazy.filter {
        $0.communeID == communeID && $0.day.year == year
      }.count
    return summary
  }
}
