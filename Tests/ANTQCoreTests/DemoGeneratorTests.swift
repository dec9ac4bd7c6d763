import ANTQCore
import Testing

@Suite struct DemoGeneratorTests {
  @Test func year2025MatchesTheProvinceReport() {
    let report = YearReport(data: DemoFixture.data, year: 2025)
    var expected = YearReport(year: 2025, province: DemoFixture.description.province)
    expected.communes = 148
    expected.communesSafe = 128
    expected.xa = 133
    expected.xaNewRural = 84
    expected.residentialAreas = 5400
    expected.residentialAreasSafe = 5129
    expected.agenciesEnterprises = 612
    expected.agenciesEnterprisesSafe = 612
    expected.schools = 625
    expected.schoolsSafe = 620
    expected.newRuralModelResidentialAreas = 525
    expected.modelTypes = 38
    expected.modelSites = 33104
    expected.exemplars = 75
    expected.modelsAppraised = 117
    expected.teams = 5049
    expected.members = 15428
    expected.membersUniformed = 15428
    expected.membersPaidAllowance = 15428
    expected.tips = 3814
    expected.incidentsResolved = 1634
    expected.outreachSessions = 1872
    expected.patrols = 4885
    expected.trafficDuties = 8478
    expected.wantedCaught = 19
    // Every record, the force's or not, and the registers the law adds: not seed figures.
    expected.tipsAll = report.tipsAll
    expected.incidentsResolvedAll = report.incidentsResolvedAll
    expected.outreachSessionsAll = report.outreachSessionsAll
    expected.patrolsAll = report.patrolsAll
    expected.trafficDutiesAll = report.trafficDutiesAll
    expected.tipsForwardedLate = report.tipsForwardedLate
    expected.peopleManaged = report.peopleManaged
    expected.educationFiles = report.educationFiles
    expected.reformSchoolReferrals = report.reformSchoolReferrals
    expected.rehabReferrals = report.rehabReferrals
    expected.rescues = report.rescues
    expected.cameras = report.cameras
    expected.schoolsOutOfScope = report.schoolsOutOfScope
    #expect(report == expected)
  }

  @Test func everyDescribedYearIsCountedExactly() {
    for target in DemoFixture.description.years {
      let r = YearReport(data: DemoFixture.data, year: target.year)
      let counted = [
        r.communesSafe, r.residentialAreasSafe, r.agenciesEnterprisesSafe, r.schoolsSafe,
        r.xaNewRural, r.newRuralModelResidentialAreas, r.modelTypes, r.modelSites, r.exemplars,
        r.modelsAppraised, r.teams, r.members, r.membersUniformed, r.membersPaidAllowance, r.tips,
        r.incidentsResolved, r.outreachSessions, r.patrols, r.trafficDuties, r.wantedCaught,
      ]
      let wanted = [
        target.communesSafe, target.residentialAreasSafe, target.agenciesEnterprisesSafe,
        target.schoolsSafe, target.xaNewRural, target.newRuralModelResidentialAreas,
        target.modelTypes, target.modelSites, target.exemplars, target.modelsAppraised,
        target.teams, target.members, target.membersUniformed, target.membersPaidAllowance,
        target.tips, target.incidentsResolved, target.outreachSessions, target.patrols,
        target.trafficDuties, target.wantedCaught,
      ]
      #expect(counted == wanted, "year \(target.year)")
    }
  }

  @Test func year2024IsSmallerAndDifferent() {
    let y2024 = YearReport(data: DemoFixture.data, year: 2024)
    let y2025 = YearReport(data: DemoFixture.data, year: 2025)
    #expect(y2024 != y2025)
    #expect(y2024.teams > 0 && y2024.teams < y2025.teams)
    #expect(y2024.members < y2025.members)
    #expect(y2024.modelSites < y2025.modelSites)
    #expect(y2024.patrols > 0 && y2024.patrols < y2025.patrols)
    #expect(y2024.communesSafe < y2025.communesSafe)
    #expect(DemoFixture.data.years == [2024, 2025])
  }

  @Test func generationIsDeterministic() {
    let again = DemoGenerator.generate(DemoFixture.description)
    #expect(again == DemoFixture.data)
    var other = DemoFixture.description
    other.seed += 1
    #expect(DemoGenerator.generate(other).members != DemoFixture.data.members)
  }

  @Test func everyGeneratedRecordPassesValidation() {
    let issues = Validator.checkAll(DemoFixture.data, today: DemoFixture.endOf2025)
    #expect(issues.isEmpty, "\(issues.prefix(5))")
  }

  @Test func provinceIsMarkedIllustrativeAndNamesTheSeedPlaces() {
    let data = DemoFixture.data
    #expect(data.province.illustrative)
    let names = Set(data.communes.map(\.name))
    for name in ["Chí Đám", "Tu Vũ", "Thu Cúc", "An Nghĩa", "Đồng Lương"] {
      #expect(names.contains(name))
    }
    #expect(data.modelSites.contains { $0.name.contains("66 mắt camera") })
    #expect(data.residentialAreas.contains { $0.name == "Khu Mỹ Á" })
    #expect(data.communes.count(where: \.remote) > 0)
  }

  @Test func teamsCoverEveryResidentialAreaOnceIn2025() {
    let covered = DemoFixture.data.teams.filter { $0.active(atEndOf: 2025) }
      .flatMap(\.residentialAreaIDs)
    #expect(covered.count == 5400)
    #expect(Set(covered).count == 5400)
  }
}
