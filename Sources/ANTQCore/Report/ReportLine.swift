/// One figure of the report, in print order; a share names the figure it is a part of.
public struct ReportLine: Hashable, Sendable {
  public var key: String
  public var partOf: String?

  /// Catalog key of its label, "report.communesSafe".
  public var labelKey: String { "report." + key }

  public static let all: [ReportLine] = [
    .init(key: "communes"), .init(key: "communesSafe", partOf: "communes"),
    .init(key: "xa"), .init(key: "xaNewRural", partOf: "xa"),
    .init(key: "residentialAreas"), .init(key: "residentialAreasSafe", partOf: "residentialAreas"),
    .init(key: "agenciesEnterprises"),
    .init(key: "agenciesEnterprisesSafe", partOf: "agenciesEnterprises"),
    .init(key: "schools"), .init(key: "schoolsSafe", partOf: "schools"),
    .init(key: "newRuralModelResidentialAreas"),
    .init(key: "modelTypes"), .init(key: "modelSites"), .init(key: "exemplars"),
    .init(key: "modelsAppraised"),
    .init(key: "teams"), .init(key: "members"),
    .init(key: "membersUniformed", partOf: "members"),
    .init(key: "membersPaidAllowance", partOf: "members"),
    .init(key: "tips"), .init(key: "incidentsResolved"), .init(key: "outreachSessions"),
    .init(key: "patrols"), .init(key: "trafficDuties"), .init(key: "wantedCaught"),
    .init(key: "tipsAll"),
    .init(key: "tipsForwardedLate", partOf: "tipsAll"),
    .init(key: "incidentsResolvedAll"), .init(key: "outreachSessionsAll"),
    .init(key: "patrolsAll"), .init(key: "trafficDutiesAll"),
    .init(key: "rescues"), .init(key: "peopleManaged"), .init(key: "educationFiles"),
    .init(key: "reformSchoolReferrals"), .init(key: "rehabReferrals"), .init(key: "cameras"),
    .init(key: "schoolsOutOfScope"),
  ]

  public init(key: String, partOf: String? = nil) {
    self.key = key
    self.partOf = partOf
  }
}

extension YearReport {
  /// The figure for a report key ("communesSafe"); nil for a key the report does not have.
  public func value(forKey key: String) -> Int? {
    switch key {
    case "communes": return communes
    case "communesSafe": return communesSafe
    case "xa": return xa
    case "xaNewRural": return xaNewRural
    case "residentialAreas": return residentialAreas
    case "residentialAreasSafe": return residentialAreasSafe
    case "agenciesEnterprises": return agenciesEnterprises
    case "agenciesEnterprisesSafe": return agenciesEnterprisesSafe
    case "schools": return schools
    case "schoolsSafe": return schoolsSafe
    case "newRuralModelResidentialAreas": return newRuralModelResidentialAreas
    case "modelTypes": return modelTypes
    case "modelSites": return modelSites
    case "exemplars": return exemplars
    case "modelsAppraised": return modelsAppraised
    case "teams": return teams
    case "members": return members
    case "membersUniformed": return membersUniformed
    case "membersPaidAllowance": return membersPaidAllowance
    case "tips": return tips
    case "incidentsResolved": return incidentsResolved
    case "outreachSessions": return outreachSessions
    case "patrols": return patrols
    case "trafficDuties": return trafficDuties
    case "wantedCaught": return wantedCaught
    case "tipsAll": return tipsAll
    case "incidentsResolvedAll": return incidentsResolvedAll
    case "outreachSessionsAll": return outreachSessionsAll
    case "patrolsAll": return patrolsAll
    case "trafficDutiesAll": return trafficDutiesAll
    case "tipsForwardedLate": return tipsForwardedLate
    case "peopleManaged": return peopleManaged
    case "educationFiles": return educationFiles
    case "reformSchoolReferrals": return reformSchoolReferrals
    case "rehabReferrals": return rehabReferrals
    case "rescues": return rescues
    case "cameras": return cameras
    case "schoolsOutOfScope": return schoolsOutOfScope
    default: return nil
    }
  }

  /// The share a line shows ("128 / 148"), or nil for a plain count.
  public func share(_ line: ReportLine) -> Share? {
    guard let whole = line.partOf.flatMap(value(forKey:)), let part = value(forKey: line.key)
    else { return nil }
    return Share(part, whole)
  }
}
