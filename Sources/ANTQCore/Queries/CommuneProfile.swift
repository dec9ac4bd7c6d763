/// What one commune's page shows for a year: its residential areas and institutions
/// with their results, its teams, the model sites there and its latest activity. One pure query per section of
/// the page, each run when the page opens or the data changes.
public enum CommuneProfile {
  public struct AreaLine: Sendable {
    public let area: ResidentialArea
    public let decision: SafetyAssessment?
    public let modelNewRural: Bool
    public let teams: [String]
  }

  public struct InstitutionLine: Sendable {
    public let institution: Institution
    public let decision: SafetyAssessment?
  }

  public struct TeamLine: Sendable {
    public let team: Team
    public let members: Int
    public let leader: String?
  }

  public struct SiteLine: Sendable {
    public let site: ModelSite
    public let typeName: String
    public let appraisal: ModelAppraisal.Result?
    public let exemplar: Bool
  }

  public struct ActivityLine: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
      case patrol, tip, incident, outreach, traffic, wanted
    }
    public let day: Day
    public let kind: Kind
    public let text: String
  }

  /// The commune's residential areas with the year's decision on each.
  public static func areas(_ data: ProvinceData, communeID: String, year: Int) -> [AreaLine] {
    let areas = data.residentialAreas.filter { $0.communeID == communeID }
    let results = YearResults(
      data, year: year, only: Set(areas.map { Subject(.residentialArea, $0.id) }))
    var teamNames: [String: [String]] = [:]
    for team in data.teams where team.communeID == communeID && team.active(atEndOf: year) {
      for area in team.residentialAreaIDs { teamNames[area, default: []].append(team.name) }
    }
    var modelAreas = Set<String>()
    for r in data.newRural where r.subject.kind == .residentialArea && r.holds(in: year) {
      modelAreas.insert(r.subject.id)
    }
    return areas.map {
      AreaLine(
        area: $0, decision: results[Subject(.residentialArea, $0.id)],
        modelNewRural: modelAreas.contains($0.id), teams: teamNames[$0.id] ?? [])
    }
  }

  /// Its agencies, enterprises and schools with the year's decision on each.
  public static func institutions(_ data: ProvinceData, communeID: String, year: Int)
    -> [InstitutionLine]
  {
    let institutions = data.institutions.filter { $0.communeID == communeID }
    let results = YearResults(
      data, year: year, only: Set(institutions.map { Subject(.institution, $0.id) }))
    return institutions.map {
      InstitutionLine(institution: $0, decision: results[Subject(.institution, $0.id)])
    }
  }

  /// Its teams active at the end of the year, with their active members and leader.
  public static func teams(_ data: ProvinceData, communeID: String, year: Int) -> [TeamLine] {
    let ids = Set(
      data.teams.filter { $0.communeID == communeID && $0.active(atEndOf: year) }.map(\.id))
    return teamLines(data, teamIDs: ids, year: year)
  }

  /// The model sites running there in the year, with their appraisal and exemplar status.
  public static func sites(_ data: ProvinceData, communeID: String, year: Int) -> [SiteLine] {
    siteLines(data, sites: data.modelSites.filter { $0.communeID == communeID }, year: year)
  }

  /// The year's activity there, newest first, at most `activityLimit` lines.
  public static func activity(_ data: ProvinceData, communeID: String, year: Int)
    -> [ActivityLine]
  {
    activityLines(data, communeID: communeID, year: year)
  }

  public static let activityLimit = 200

  private static func teamLines(_ data: ProvinceData, teamIDs: Set<String>, year: Int)
    -> [TeamLine]
  {
    var members: [String: Int] = [:]
    var leaders: [String: String] = [:]
    for member in data.members where teamIDs.contains(member.teamID) && member.active(atEndOf: year)
    {
      members[member.teamID, default: 0] += 1
      if member.role == .leader { leaders[member.teamID] = member.fullName }
    }
    return data.teams.filter { teamIDs.contains($0.id) }.map {
      TeamLine(team: $0, members: members[$0.id] ?? 0, leader: leaders[$0.id])
    }
  }

  /// `sites` that run in the year, with their appraisal of the year and exemplar status.
  public static func siteLines(_ data: ProvinceData, sites: [ModelSite], year: Int) -> [SiteLine] {
    let sites = sites.filter { $0.runs(in: year) }
    let ids = Set(sites.map(\.id))
    var appraisal: [String: ModelAppraisal.Result] = [:]
    for a in data.appraisals where a.year == year && ids.contains(a.siteID) {
      appraisal[a.siteID] = a.result
    }
    let exemplars = Set(
      data.exemplars.filter { ids.contains($0.siteID) && $0.holds(in: year) }.map(\.siteID))
    var typeNames: [String: String] = [:]
    for type in data.modelTypes { typeNames[type.id] = type.name }
    return sites.map {
      SiteLine(
        site: $0, typeName: typeNames[$0.modelTypeID] ?? $0.modelTypeID,
        appraisal: appraisal[$0.id], exemplar: exemplars.contains($0.id))
    }
  }

  private static func activityLines(_ data: ProvinceData, communeID: String, year: Int)
    -> [ActivityLine]
  {
    var lines: [ActivityLine] = []
    for p in data.patrols where p.communeID == communeID && p.day.year == year {
      lines.append(ActivityLine(day: p.day, kind: .patrol, text: p.route))
    }
    for t in data.tips where t.communeID == communeID && t.day.year == year {
      lines.append(ActivityLine(day: t.day, kind: .tip, text: t.topic))
    }
    for i in data.incidents where i.communeID == communeID && i.day.year == year {
      lines.append(ActivityLine(day: i.day, kind: .incident, text: i.summary))
    }
    for o in data.outreach where o.communeID == communeID && o.day.year == year {
      lines.append(ActivityLine(day: o.day, kind: .outreach, text: o.topic))
    }
    for d in data.trafficDuties where d.communeID == communeID && d.day.year == year {
      lines.append(ActivityLine(day: d.day, kind: .traffic, text: d.location))
    }
    for w in data.wantedCases where w.communeID == communeID && w.day.year == year {
      lines.append(ActivityLine(day: w.day, kind: .wanted, text: w.caseReference))
    }
    return Array(lines.sorted { $0.day > $1.day }.prefix(activityLimit))
  }
}
