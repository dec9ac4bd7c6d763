import ANTQCore
import Testing

/// What the seed report counts (DOMAIN.md, last section) and the models' guidance (HD 22).
@Suite struct SeedCountsLawTests {
  let report = YearReport(data: DemoFixture.data, year: 2025)

  @Test func theForcesShareIsCountedBesideEveryRecord() {
    var data = LawFixture.data()
    let day = LawFixture.day(2025, 6, 1)
    data.outreach = [
      OutreachSession(
        id: "O1", communeID: "X1", day: day, topic: "Luật", attendees: 40, teamID: "T1",
        byForce: true),
      OutreachSession(
        id: "O2", communeID: "X1", day: day, topic: "Luật", attendees: 40, byForce: false),
      OutreachSession(id: "O3", communeID: "X1", day: day, topic: "Luật", attendees: 40),
    ]
    let counted = YearReport(data: data, year: 2025)
    #expect(
      counted.outreachSessions == 2, "a record from before the question counts as the force's")
    #expect(counted.outreachSessionsAll == 3)
  }

  @Test func theDemoKeepsTheSeedFiguresAsTheForcesShare() {
    #expect(
      [
        report.tips, report.incidentsResolved, report.outreachSessions, report.patrols,
        report.trafficDuties,
      ] == [3814, 1634, 1872, 4885, 8478])
    #expect(report.tipsAll > report.tips && report.patrolsAll > report.patrols)
    #expect(report.incidentsResolvedAll > report.incidentsResolved)
    #expect(report.outreachSessionsAll > report.outreachSessions)
    #expect(report.trafficDutiesAll > report.trafficDuties)
  }

  @Test func theDemoHoldsPlausibleNewRegisters() {
    #expect((1000...9999).contains(report.peopleManaged), "hàng nghìn")
    #expect((100...999).contains(report.educationFiles), "hàng trăm")
    #expect(report.reformSchoolReferrals > 0 && report.rehabReferrals > 0 && report.rescues > 0)
    #expect(report.schoolsOutOfScope > 0 && report.schools == 625 && report.schoolsSafe == 620)
  }

  @Test func eachModelTypeHasItsMainKind() {
    #expect(DemoFixture.data.modelTypes.allSatisfy { $0.mainKind != nil })
    #expect(Set(DemoFixture.data.modelTypes.compactMap(\.mainKind)).count >= 3)
  }

  @Test func sitesRecordCamerasGroupsAndWhereTheyRun() {
    let sites = DemoFixture.data.modelSites
    #expect(sites.first { $0.name.contains("Chí Đám") && $0.cameras == 66 } != nil)
    #expect(report.cameras >= 66)
    #expect(sites.allSatisfy { ($0.groups ?? 0) >= 1 })
    let names = Dictionary(
      uniqueKeysWithValues: DemoFixture.data.institutions.map { ($0.id, $0.name) })
    let atInstitutions = Set(sites.compactMap { $0.institutionID.flatMap { names[$0] } })
    #expect(
      atInstitutions.isSuperset(of: [
        "Trường THPT Công nghiệp Việt Trì", "Khu Công nghiệp Phú Hà", "Bệnh viện đa khoa Vĩnh Phúc",
      ]))
    #expect(sites.contains { $0.provincialUnit?.contains("Công an tỉnh") == true })
    #expect(
      sites.contains {
        $0.name.hasPrefix("Bản Mông bình yên") && ($0.respectedPersons ?? []).count > 0
      })
    let tuVu = sites.first { $0.name.contains("linh mục") }
    let camera = DemoFixture.data.modelTypes.first { $0.name == "Camera an ninh" }?.id
    #expect(tuVu != nil && tuVu?.modelTypeID != camera, "Tu Vũ's cooperation is a model of its own")
  }

  @Test func exemplarsAreGroupsOrPersons() {
    let holders = Set(DemoFixture.data.exemplars.compactMap(\.holder))
    #expect(holders == [.group, .person])
  }

  @Test func aSiteAtAnInstitutionOfAnotherCommuneIsRefused() {
    var data = LawFixture.data()
    data.communes.append(Commune(id: "X2", name: "Tu Vũ", kind: .xa))
    data.institutions = [Institution(id: "I9", communeID: "X2", name: "Bệnh viện", kind: .agency)]
    var site = data.modelSites[0]
    site.institutionID = "I9"
    let issues = Validator(data: data, today: LawFixture.today).check(site)
    #expect(issues.map(\.key) == ["validation.area.otherCommune"])
  }
}
