import ANTQCore
import Testing

/// Circular 124/2021/TT-BCA on the yearly "An toàn về an ninh, trật tự" classification.
@Suite struct ClassificationLawTests {
  @Test func aCommuneNeeds70PercentOfItsUnitsRecognised() {
    var data = LawFixture.data(areas: 100)
    LawFixture.areasMet(69, of: &data)
    let issues = Classification.check(
      LawFixture.communeMet(data), in: data, today: LawFixture.today)
    #expect(issues.map(\.key) == ["validation.assessment.share"])
    let message = issues[0].message(DemoFixture.catalog(.vi))
    #expect(message.hasPrefix("Thông tư 124/2021/TT-BCA, Điều 5(4): Chí Đám mới có 69/100"))
    #expect(message.contains("(69 %)") && message.contains("Cần thêm 1 đơn vị"))
    data.assessments.removeAll()
    LawFixture.areasMet(70, of: &data)
    #expect(
      Classification.check(LawFixture.communeMet(data), in: data, today: LawFixture.today).isEmpty)
  }

  @Test func aCommuneNeedsAnEffectiveModelAsWellAsTheShare() {
    var data = LawFixture.data()
    LawFixture.areasMet(10, of: &data)
    data.modelSites.removeAll()
    let issues = Classification.check(
      LawFixture.communeMet(data), in: data, today: LawFixture.today)
    #expect(issues.map(\.key) == ["validation.assessment.noModelSite"])
  }

  @Test func primarySchoolsKindergartensAndSmallEnterprisesAreNotClassifiedNorCounted() {
    var data = LawFixture.data()
    LawFixture.areasMet(7, of: &data)
    data.institutions = [
      Institution(id: "I1", communeID: "X1", name: "Trường THCS", kind: .school),
      Institution(
        id: "I2", communeID: "X1", name: "Trường Mầm non", kind: .school, outOfScope: .kindergarten),
      Institution(
        id: "I3", communeID: "X1", name: "Tiệm may", kind: .enterprise, outOfScope: .microEnterprise
      ),
    ]
    let decision = SafetyAssessment(
      id: "AI2", year: 2025, subject: Subject(.institution, "I2"), result: .met,
      decisionNumber: "3/QĐ", decisionDate: LawFixture.day(2025, 11, 20), issuedBy: "UBND xã")
    let validator = Validator(data: data, today: LawFixture.today)
    #expect(validator.check(decision).map(\.key) == ["validation.assessment.outOfScope"])
    let report = YearReport(data: data, year: 2025)
    #expect(report.schools == 1 && report.schoolsOutOfScope == 1 && report.agenciesEnterprises == 0)
    // 7 areas of 10, plus the one classified school not yet recognised: 7 of 11, under 70 %.
    #expect(validator.unitShare("X1", in: 2025) == Share(7, 11))
  }

  @Test func aDecisionDatedFarFromItsPeriodIsWarned() {
    var data = LawFixture.data()
    LawFixture.areasMet(10, of: &data)
    #expect(Validator.checkAll(data, today: LawFixture.today).isEmpty)
    data.assessments[0].decisionDate = LawFixture.day(2025, 3, 2)
    let found = Validator.checkAll(data, today: LawFixture.today)
    #expect(found.map(\.key) == ["validation.assessment.period"])
    #expect(found[0].severity == .warning)
    #expect(found[0].arguments == ["02/03/2025", "01/11/2024", "31/10/2025"])
    #expect(Validator.period(of: .institution, year: 2025).last == LawFixture.day(2025, 11, 15))
  }

  @Test func aDecisionRecordsItsIssuingBody() {
    var data = LawFixture.data()
    LawFixture.areasMet(10, of: &data)
    data.assessments[3].issuedBy = nil
    #expect(
      Validator.checkAll(data, today: LawFixture.today).map(\.key) == [
        "validation.assessment.issuedBy"
      ])
  }

  @Test func resultsAreDatOrChuaDat() {
    #expect(SafetyAssessment.Result.allCases == [.met, .notMet])
  }
}
