extension Record {
  /// Decodes the record body of the given kind.
  static func decode(_ kind: RecordKind, from decoder: any Decoder) throws -> Record {
    switch kind {
    case .commune: return .commune(try Commune(from: decoder))
    case .residentialArea: return .residentialArea(try ResidentialArea(from: decoder))
    case .institution: return .institution(try Institution(from: decoder))
    case .assessment: return .assessment(try SafetyAssessment(from: decoder))
    case .newRural: return .newRural(try NewRuralRecognition(from: decoder))
    case .modelType: return .modelType(try ModelType(from: decoder))
    case .site: return .site(try ModelSite(from: decoder))
    case .appraisal: return .appraisal(try ModelAppraisal(from: decoder))
    case .exemplar: return .exemplar(try Exemplar(from: decoder))
    case .team: return .team(try Team(from: decoder))
    case .member: return .member(try Member(from: decoder))
    case .patrol: return .patrol(try Patrol(from: decoder))
    case .tip: return .tip(try Tip(from: decoder))
    case .incident: return .incident(try Incident(from: decoder))
    case .outreach: return .outreach(try OutreachSession(from: decoder))
    case .trafficDuty: return .trafficDuty(try TrafficDuty(from: decoder))
    case .wantedCase: return .wantedCase(try WantedPersonCase(from: decoder))
    }
  }

  /// Encodes the record body alone (its kind is written beside it by `Change`).
  func encode(to encoder: any Encoder) throws {
    switch self {
    case .commune(let r): try r.encode(to: encoder)
    case .residentialArea(let r): try r.encode(to: encoder)
    case .institution(let r): try r.encode(to: encoder)
    case .assessment(let r): try r.encode(to: encoder)
    case .newRural(let r): try r.encode(to: encoder)
    case .modelType(let r): try r.encode(to: encoder)
    case .site(let r): try r.encode(to: encoder)
    case .appraisal(let r): try r.encode(to: encoder)
    case .exemplar(let r): try r.encode(to: encoder)
    case .team(let r): try r.encode(to: encoder)
    case .member(let r): try r.encode(to: encoder)
    case .patrol(let r): try r.encode(to: encoder)
    case .tip(let r): try r.encode(to: encoder)
    case .incident(let r): try r.encode(to: encoder)
    case .outreach(let r): try r.encode(to: encoder)
    case .trafficDuty(let r): try r.encode(to: encoder)
    case .wantedCase(let r): try r.encode(to: encoder)
    }
  }
}
