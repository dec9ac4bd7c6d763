/// Agencies and enterprises, and schools, of each commune that met the safety standard in
/// a year: the split `YearReport` makes, per commune (the commune summary counts them
/// together).
public struct InstitutionShares: Sendable {
  public var agencies = Share(0, 0)
  public var schools = Share(0, 0)

  public init() {}

  /// One entry per commune id, one pass over institutions and the year's decisions.
  public static func byCommune(_ data: ProvinceData, year: Int) -> [String: InstitutionShares] {
    var shares: [String: InstitutionShares] = [:]
    var owner: [String: (commune: String, school: Bool)] = [:]
    for institution in data.institutions where institution.classified {
      let school = institution.kind == .school
      owner[institution.id] = (institution.communeID, school)
      if school {
        shares[institution.communeID, default: .init()].schools.denominator += 1
      } else {
        shares[institution.communeID, default: .init()].agencies.denominator += 1
      }
    }
    for a in data.assessments
    where a.year == year && a.result == .met && a.subject.kind == .institution {
      guard let (commune, school) = owner[a.subject.id] else { continue }
      if school {
        shares[commune]!.schools.numerator += 1
      } else {
        shares[commune]!.agencies.numerator += 1
      }
    }
    return shares
  }
}
