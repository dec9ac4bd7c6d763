extension CommuneSummary {
  /// Every commune's summary for `year`, in the communes' order, one pass per collection.
  /// Tips open and overdue are judged as of `asOf` (default: the last day of the year).
  public static func all(in data: ProvinceData, year: Int, asOf: Day? = nil) -> [CommuneSummary] {
    let today = asOf ?? Day(year: year, month: 12, day: 31)!
    var rows = data.communes.map(CommuneSummary.init)
    var row: [String: Int] = [:]
    for (i, commune) in data.communes.enumerated() { row[commune.id] = i }
    var areaRow: [String: Int] = [:]
    for area in data.residentialAreas {
      guard let r = row[area.communeID] else { continue }
      areaRow[area.id] = r
      rows[r].residentialAreas.denominator += 1
    }
    var institutionRow: [String: Int] = [:]
    for institution in data.institutions where institution.classified {
      guard let r = row[institution.communeID] else { continue }
      institutionRow[institution.id] = r
      rows[r].institutions.denominator += 1
    }
    for a in data.assessments where a.year == year {
      let met = a.result == .met
      switch a.subject.kind {
      case .commune:
        if let r = row[a.subject.id] { rows[r].safety = met ? .met : .notMet }
      case .residentialArea:
        if met, let r = areaRow[a.subject.id] { rows[r].residentialAreas.numerator += 1 }
      case .institution:
        if met, let r = institutionRow[a.subject.id] { rows[r].institutions.numerator += 1 }
      }
    }
    for recognition in data.newRural
    where recognition.subject.kind == .commune && recognition.holds(in: year) {
      if let r = row[recognition.subject.id], rows[r].kind == .xa { rows[r].newRural = .met }
    }
    var teamRow: [String: Int] = [:]
    for team in data.teams where team.active(atEndOf: year) {
      guard let r = row[team.communeID] else { continue }
      teamRow[team.id] = r
      rows[r].teams += 1
    }
    for member in data.members where member.active(atEndOf: year) {
      if let r = teamRow[member.teamID] { rows[r].members += 1 }
    }
    for site in data.modelSites where site.runs(in: year) {
      if let r = row[site.communeID] { rows[r].modelSites += 1 }
    }
    for patrol in data.patrols where patrol.start.day.year == year {
      if let r = row[patrol.communeID] { rows[r].patrols += 1 }
    }
    for tip in data.tips where tip.receivedAt.day.year == year {
      guard let r = row[tip.communeID] else { continue }
      rows[r].tips += 1
      if tip.stage != .closed { rows[r].tipsOpen += 1 }
      if tip.isOverdue(asOf: today) { rows[r].tipsOverdue += 1 }
      if tip.forwardedLate(remote: rows[r].remote) { rows[r].tipsForwardedLate += 1 }
    }
    for incident in data.incidents where incident.day.year == year {
      if let r = row[incident.communeID] { rows[r].incidents += 1 }
    }
    return rows
  }
}
