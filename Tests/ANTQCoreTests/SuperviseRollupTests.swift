import ANTQCore
import Testing

@Suite struct SuperviseRollupTests {
  let data = DemoFixture.data
  let today = Day(year: 2026, month: 11, day: 29)!

  var chiDam: Commune { data.communes.first { $0.name == "Chí Đám" }! }

  @Test func institutionSharesAddUpToTheReportsSplit() {
    for year in [2024, 2025] {
      let shares = InstitutionShares.byCommune(data, year: year).values
      let report = YearReport(data: data, year: year)
      #expect(shares.map(\.agencies.numerator).reduce(0, +) == report.agenciesEnterprisesSafe)
      #expect(shares.map(\.agencies.denominator).reduce(0, +) == report.agenciesEnterprises)
      #expect(shares.map(\.schools.numerator).reduce(0, +) == report.schoolsSafe)
      #expect(shares.map(\.schools.denominator).reduce(0, +) == report.schools)
    }
  }

  @Test func aCommunesPageListsWhatItsSummaryCounts() {
    let summary = CommuneSummary.all(in: data, year: 2025).first { $0.communeID == chiDam.id }!
    let areas = CommuneProfile.areas(data, communeID: chiDam.id, year: 2025)
    #expect(areas.count == summary.residentialAreas.denominator)
    #expect(
      areas.count(where: { $0.decision?.result == .met }) == summary.residentialAreas.numerator)
    let institutions = CommuneProfile.institutions(data, communeID: chiDam.id, year: 2025)
    #expect(
      institutions.count(where: { $0.institution.classified })
        == summary.institutions.denominator)
    let teams = CommuneProfile.teams(data, communeID: chiDam.id, year: 2025)
    #expect(teams.count == summary.teams)
    #expect(teams.map(\.members).reduce(0, +) == summary.members)
    #expect(
      CommuneProfile.sites(data, communeID: chiDam.id, year: 2025).count == summary.modelSites)
    let activity = CommuneProfile.activity(data, communeID: chiDam.id, year: 2025)
    #expect(!activity.isEmpty)
    #expect(zip(activity, activity.dropFirst()).allSatisfy { $0.day >= $1.day }, "newest first")
  }

  @Test func markingAnAreaNotSafeLowersItsCommuneAndTheProvince() throws {
    var data = self.data
    let area = try #require(
      CommuneProfile.areas(data, communeID: chiDam.id, year: 2025).first {
        $0.decision?.result == .met
      })
    let before = CommuneSummary.all(in: data, year: 2025).first { $0.communeID == chiDam.id }!
    let reportBefore = YearReport(data: data, year: 2025)
    let decision = Classification.assessment(
      of: Subject(.residentialArea, area.area.id), year: 2025, result: .notMet,
      decisionNumber: "  45/QĐ-UBND ", decisionDate: Day(year: 2025, month: 11, day: 20)!,
      in: data)
    #expect(decision.id == area.decision?.id, "the year's decision is replaced, not doubled")
    #expect(decision.decisionNumber == "45/QĐ-UBND")
    #expect(Classification.check(decision, in: data, today: today).isEmpty)
    let count = data.assessments.count
    data.apply(.upsert(.assessment(decision)))
    #expect(data.assessments.count == count)
    let after = CommuneSummary.all(in: data, year: 2025).first { $0.communeID == chiDam.id }!
    #expect(
      after.residentialAreas
        == Share(before.residentialAreas.numerator - 1, before.residentialAreas.denominator))
    #expect(
      YearReport(data: data, year: 2025).residentialAreasSafe == reportBefore.residentialAreasSafe
        - 1)
  }

  @Test func aNewDecisionGetsItsOwnRecord() {
    let area = data.residentialAreas.first { $0.communeID == chiDam.id }!
    let decision = Classification.assessment(
      of: Subject(.residentialArea, area.id), year: 2026, result: .met, decisionNumber: "1/QĐ",
      decisionDate: Day(year: 2026, month: 11, day: 2)!, in: data)
    #expect(!data.assessments.contains { $0.id == decision.id })
    #expect(decision.year == 2026)
  }

  @Test func aCommuneWithoutAModelCannotBeMarkedSafe() {
    var data = self.data
    data.modelSites.removeAll { $0.communeID == chiDam.id }
    let met = Classification.assessment(
      of: Subject(.commune, chiDam.id), year: 2025, result: .met, decisionNumber: "9/QĐ",
      decisionDate: Day(year: 2025, month: 12, day: 1)!, in: data)
    let issues = Classification.check(met, in: data, today: today)
    #expect(issues.map(\.key) == ["validation.assessment.noModelSite"])
    let catalog = DemoFixture.catalog(.vi)
    #expect(
      issues[0].message(catalog).hasPrefix(
        "Thông tư 124/2021/TT-BCA, Điều 5(1): Chí Đám chưa có mô hình nào hoạt động hiệu quả"
          + " năm 2025"))
    var notMet = met
    notMet.result = .notMet
    #expect(Classification.check(notMet, in: data, today: today).isEmpty, "chưa đạt is allowed")
  }

  @Test func yearResultsSayNotAssessedWhenThereIsNoDecision() {
    let results = YearResults(data, year: 2030)
    #expect(results.status(Subject(.commune, chiDam.id)) == .notAssessed)
    #expect(YearResults(data, year: 2025).status(Subject(.commune, chiDam.id)) != .notAssessed)
  }
}
