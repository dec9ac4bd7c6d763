/// The year's safety decisions by subject: what each residential area, commune and
/// institution was classified as, with the decision that says so. Built in one pass.
public struct YearResults: Sendable {
  public let year: Int
  private var bySubject: [Subject: SafetyAssessment] = [:]

  public init(_ data: ProvinceData, year: Int) {
    self.init(data, year: year, only: nil)
  }

  /// The decisions on `subjects` only: a commune's page needs a few dozen, not the
  /// province's thousands.
  public init(_ data: ProvinceData, year: Int, only subjects: Set<Subject>?) {
    self.year = year
    for assessment in data.assessments where assessment.year == year {
      if let subjects, !subjects.contains(assessment.subject) { continue }
      bySubject[assessment.subject] = assessment
    }
  }

  /// The decision on `subject` this year, if it was assessed.
  public subscript(_ subject: Subject) -> SafetyAssessment? { bySubject[subject] }

  public func status(_ subject: Subject) -> CommuneSummary.SafetyStatus {
    switch bySubject[subject]?.result {
    case .met: return .met
    case .notMet: return .notMet
    case nil: return .notAssessed
    }
  }
}
