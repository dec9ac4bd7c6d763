/// The year's figures as the province reports them, every one counted from records.
public struct YearReport: Codable, Equatable, Sendable {
  public var year: Int
  public var province: String
  public var communes = 0
  public var communesSafe = 0
  public var xa = 0
  public var xaNewRural = 0
  public var residentialAreas = 0
  public var residentialAreasSafe = 0
  public var agenciesEnterprises = 0
  public var agenciesEnterprisesSafe = 0
  public var schools = 0
  public var schoolsSafe = 0
  public var newRuralModelResidentialAreas = 0
  public var modelTypes = 0
  public var modelSites = 0
  public var exemplars = 0
  public var modelsAppraised = 0
  public var teams = 0
  public var members = 0
  public var membersUniformed = 0
  public var membersPaidAllowance = 0
  public var tips = 0
  public var incidentsResolved = 0
  public var outreachSessions = 0
  public var patrols = 0
  public var trafficDuties = 0
  public var wantedCaught = 0

  public init(year: Int, province: String) {
    self.year = year
    self.province = province
  }
}

extension YearReport {
  /// Counts the year from the data, one pass over each collection.
  /// Registers (communes, areas, institutions) count as they are; safety figures count
  /// the year's assessments; sites running, exemplars holding and teams/members active at
  /// the end of the year; appraisals of the year found effective; activity records dated
  /// in the year.
  public init(data: ProvinceData, year: Int) {
    self.init(year: year, province: data.province.name)
    var communeKind: [String: Commune.Kind] = [:]
    for commune in data.communes {
      communes += 1
      if commune.kind == .xa { xa += 1 }
      communeKind[commune.id] = commune.kind
    }
    residentialAreas = data.residentialAreas.count
    var institutionKind: [String: Institution.Kind] = [:]
    for institution in data.institutions {
      institutionKind[institution.id] = institution.kind
      if institution.kind == .school { schools += 1 } else { agenciesEnterprises += 1 }
    }
    for a in data.assessments where a.year == year && a.result == .met {
      switch a.subject.kind {
      case .commune: communesSafe += 1
      case .residentialArea: residentialAreasSafe += 1
      case .institution:
        switch institutionKind[a.subject.id] {
        case .school: schoolsSafe += 1
        case .agency, .enterprise: agenciesEnterprisesSafe += 1
        case nil: break
        }
      }
    }
    for r in data.newRural where r.holds(in: year) {
      switch r.subject.kind {
      case .commune: if communeKind[r.subject.id] == .xa { xaNewRural += 1 }
      case .residentialArea: newRuralModelResidentialAreas += 1
      case .institution: break
      }
    }
    var typesRunning = Set<String>()
    for site in data.modelSites where site.runs(in: year) {
      modelSites += 1
      typesRunning.insert(site.modelTypeID)
    }
    modelTypes = data.modelTypes.count(where: { typesRunning.contains($0.id) })
    exemplars = data.exemplars.count(where: { $0.holds(in: year) })
    modelsAppraised = data.appraisals.count(where: { $0.year == year && $0.result == .effective })
    teams = data.teams.count(where: { $0.active(atEndOf: year) })
    for member in data.members where member.active(atEndOf: year) {
      members += 1
      if member.uniformIssued { membersUniformed += 1 }
      if member.paidAllowance { membersPaidAllowance += 1 }
    }
    tips = data.tips.count(where: { $0.receivedAt.day.year == year })
    incidentsResolved = data.incidents.count(where: { $0.day.year == year })
    outreachSessions = data.outreach.count(where: { $0.day.year == year })
    patrols = data.patrols.count(where: { $0.start.day.year == year })
    trafficDuties = data.trafficDuties.count(where: { $0.day.year == year })
    wantedCaught = data.wantedCases.count(where: { $0.day.year == year })
  }
}
