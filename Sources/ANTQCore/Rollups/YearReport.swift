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
  // Every record, the grassroots force's or not (the keys above count the force's share).
  public var tipsAll = 0
  public var incidentsResolvedAll = 0
  public var outreachSessionsAll = 0
  public var patrolsAll = 0
  public var trafficDutiesAll = 0
  /// Crime tips forwarded later than 24 hours (48 in a remote commune).
  public var tipsForwardedLate = 0
  /// People serving sentences or back from prison managed at the commune during the year.
  public var peopleManaged = 0
  public var educationFiles = 0
  public var reformSchoolReferrals = 0
  public var rehabReferrals = 0
  public var rescues = 0
  /// Camera points at the sites running that year.
  public var cameras = 0
  /// Primary schools, kindergartens and crèches: recorded, not classified (TT 124/2021).
  public var schoolsOutOfScope = 0

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
      guard institution.classified else {
        if institution.kind == .school { schoolsOutOfScope += 1 }
        continue
      }
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
      cameras += site.cameras ?? 0
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
    let remote = Set(data.communes.filter(\.remote).map(\.id))
    for tip in data.tips where tip.day.year == year {
      tipsAll += 1
      if tip.isForce { tips += 1 }
      if tip.forwardedLate(remote: remote.contains(tip.communeID)) { tipsForwardedLate += 1 }
    }
    (incidentsResolved, incidentsResolvedAll) = Self.count(data.incidents, year)
    (outreachSessions, outreachSessionsAll) = Self.count(data.outreach, year)
    (patrols, patrolsAll) = Self.count(data.patrols, year)
    (trafficDuties, trafficDutiesAll) = Self.count(data.trafficDuties, year)
    wantedCaught = data.wantedCases.count(where: { $0.day.year == year })
    peopleManaged = data.managedPeople.count(where: { $0.managed(in: year) })
    for file in data.educationFiles where file.day.year == year {
      switch file.measure {
      case .educationAtCommune: educationFiles += 1
      case .reformSchool: reformSchoolReferrals += 1
      case .compulsoryRehab: rehabReferrals += 1
      }
    }
    rescues = data.rescues.count(where: { $0.day.year == year })
  }

  /// The force's records of the year and all of them.
  private static func count<R: ActivityRecord & ForceCredited>(_ records: [R], _ year: Int)
    -> (force: Int, all: Int)
  {
    var force = 0
    var all = 0
    for record in records where record.day.year == year {
      all += 1
      if record.isForce { force += 1 }
    }
    return (force, all)
  }
}
