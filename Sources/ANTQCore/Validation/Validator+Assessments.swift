/// Circular 124/2021/TT-BCA's conditions on a yearly "An toàn về an ninh, trật tự" decision.
extension Validator {
  /// Art. 5(4): at least 70 % of a commune's residential areas, agencies, enterprises and
  /// schools recognised đạt.
  public static let requiredSharePercent = 70

  /// The commune's units recognised đạt that year, of all it registers (out-of-scope
  /// institutions left out).
  public func unitShare(_ communeID: String, in year: Int) -> Share {
    Share(unitsMet[year]?[communeID] ?? 0, unitsOfCommune[communeID] ?? 0)
  }

  /// Why a commune cannot be marked đạt in `year` (empty when it can): no effective model
  /// (art. 5(1)), or under 70 % of its units recognised (art. 5(4)).
  public func communeConditions(_ commune: Commune, year: Int) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    if !hasEffectiveModel(commune.id, in: year) {
      issues.append(
        ValidationIssue(
          field: "result", key: "validation.assessment.noModelSite",
          arguments: [commune.name, String(year)]))
    }
    let share = unitShare(commune.id, in: year)
    if share.numerator * 100 < share.denominator * Self.requiredSharePercent {
      let needed = (share.denominator * Self.requiredSharePercent + 99) / 100 - share.numerator
      issues.append(
        ValidationIssue(
          field: "result", key: "validation.assessment.share",
          arguments: [
            commune.name, String(share.numerator), String(share.denominator),
            "\(share.denominator == 0 ? 0 : share.numerator * 100 / share.denominator) %",
            String(needed),
          ]))
    }
    return issues
  }

  /// Art. 8(2): the period a decision of that subject and year closes.
  public static func period(of kind: Subject.Kind, year: Int) -> (first: Day, last: Day) {
    switch kind {
    case .residentialArea:
      return (Day(year: year - 1, month: 11, day: 1)!, Day(year: year, month: 10, day: 31)!)
    case .commune, .institution:
      return (Day(year: year - 1, month: 11, day: 16)!, Day(year: year, month: 11, day: 15)!)
    }
  }

  /// Decisions are issued in the period's closing weeks or soon after it.
  static let periodLead = 45
  static let periodLag = 75

  /// Records saved before the issuing body was kept, and decisions dated far from their
  /// period.
  public func warnings(_ assessment: SafetyAssessment) -> [ValidationIssue] {
    var found: [ValidationIssue] = []
    if (assessment.issuedBy ?? "").trimmed.isEmpty {
      found.append(.warning("issuedBy", "validation.assessment.issuedBy"))
    }
    let period = Self.period(of: assessment.subject.kind, year: assessment.year)
    let date = assessment.decisionDate
    if date < period.last.adding(days: -Self.periodLead)
      || period.last.adding(days: Self.periodLag) < date
    {
      found.append(
        .warning(
          "decisionDate", "validation.assessment.period",
          [date.dayMonthYear, period.first.dayMonthYear, period.last.dayMonthYear]))
    }
    return found
  }
}
