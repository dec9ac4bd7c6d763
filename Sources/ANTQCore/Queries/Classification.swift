/// Yearly classification ("An toàn về an ninh, trật tự"): marking a residential area, a
/// commune or an institution đạt / chưa đạt with its decision. A second decision on the same
/// subject and year replaces the first (same record id), so roll-ups count it once.
public enum Classification {
  /// The record to save: the existing decision of that year updated, or a new one.
  public static func assessment(
    of subject: Subject, year: Int, result: SafetyAssessment.Result, decisionNumber: String,
    decisionDate: Day, in data: ProvinceData
  ) -> SafetyAssessment {
    let existing = data.assessments.first { $0.year == year && $0.subject == subject }
    return SafetyAssessment(
      id: existing?.id ?? newID(subject, year: year), year: year, subject: subject,
      result: result, decisionNumber: decisionNumber.storageForm, decisionDate: decisionDate)
  }

  /// Why the decision cannot be saved (empty when it can): the domain validator's rules,
  /// among them "a commune cannot be đạt without a model running that year".
  public static func check(_ assessment: SafetyAssessment, in data: ProvinceData, today: Day)
    -> [ValidationIssue]
  {
    Validator(data: data, today: today).check(assessment)
  }

  static func newID(_ subject: Subject, year: Int) -> String {
    "A\(year)-\(subject.kind.rawValue)-\(subject.id)"
  }
}
