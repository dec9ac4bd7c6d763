/// Every kind of record a province holds, one per collection.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
  case commune, residentialArea, institution, assessment, newRural, modelType, site, appraisal
  case exemplar, team, member, patrol, tip, incident, outreach, trafficDuty, wantedCase

  /// Activity logs are kept per year; registers are not.
  public var isActivity: Bool {
    switch self {
    case .patrol, .tip, .incident, .outreach, .trafficDuty, .wantedCase: return true
    default: return false
    }
  }
}

/// One record of any collection, tagged with its kind.
public enum Record: Hashable, Sendable {
  case commune(Commune)
  case residentialArea(ResidentialArea)
  case institution(Institution)
  case assessment(SafetyAssessment)
  case newRural(NewRuralRecognition)
  case modelType(ModelType)
  case site(ModelSite)
  case appraisal(ModelAppraisal)
  case exemplar(Exemplar)
  case team(Team)
  case member(Member)
  case patrol(Patrol)
  case tip(Tip)
  case incident(Incident)
  case outreach(OutreachSession)
  case trafficDuty(TrafficDuty)
  case wantedCase(WantedPersonCase)

  public var kind: RecordKind {
    switch self {
    case .commune: return .commune
    case .residentialArea: return .residentialArea
    case .institution: return .institution
    case .assessment: return .assessment
    case .newRural: return .newRural
    case .modelType: return .modelType
    case .site: return .site
    case .appraisal: return .appraisal
    case .exemplar: return .exemplar
    case .team: return .team
    case .member: return .member
    case .patrol: return .patrol
    case .tip: return .tip
    case .incident: return .incident
    case .outreach: return .outreach
    case .trafficDuty: return .trafficDuty
    case .wantedCase: return .wantedCase
    }
  }

  public var id: String {
    switch self {
    case .commune(let r): return r.id
    case .residentialArea(let r): return r.id
    case .institution(let r): return r.id
    case .assessment(let r): return r.id
    case .newRural(let r): return r.id
    case .modelType(let r): return r.id
    case .site(let r): return r.id
    case .appraisal(let r): return r.id
    case .exemplar(let r): return r.id
    case .team(let r): return r.id
    case .member(let r): return r.id
    case .patrol(let r): return r.id
    case .tip(let r): return r.id
    case .incident(let r): return r.id
    case .outreach(let r): return r.id
    case .trafficDuty(let r): return r.id
    case .wantedCase(let r): return r.id
    }
  }
}

extension Record {
  /// The year of a dated record (activity logs, yearly classification and appraisals: the
  /// year's file it lives in); nil for a register record.
  public var year: Int? {
    switch self {
    case .assessment(let r): return r.year
    case .appraisal(let r): return r.year
    case .patrol(let r): return r.day.year
    case .tip(let r): return r.day.year
    case .incident(let r): return r.day.year
    case .outreach(let r): return r.day.year
    case .trafficDuty(let r): return r.day.year
    case .wantedCase(let r): return r.day.year
    default: return nil
    }
  }
}
