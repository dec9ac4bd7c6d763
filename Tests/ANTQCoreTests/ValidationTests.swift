import ANTQCore
import Testing

/// A tiny province: two communes, an area in each, one team with its leader, one site.
private func sample() -> ProvinceData {
  var data = ProvinceData(province: Province(name: "Thử"))
  data.communes = [
    Commune(id: "X1", name: "Chí Đám", kind: .xa), Commune(id: "X2", name: "Tu Vũ", kind: .xa),
  ]
  data.residentialAreas = [
    ResidentialArea(id: "K1", communeID: "X1", name: "Thôn Đồng Tâm", kind: .thon),
    ResidentialArea(id: "K2", communeID: "X2", name: "Thôn Hạ Bằng", kind: .thon),
  ]
  data.teams = [
    Team(
      id: "T1", communeID: "X1", name: "Tổ Đồng Tâm", residentialAreaIDs: ["K1"],
      founded: Day(year: 2024, month: 7, day: 1)!, decisionNumber: "12/QĐ-UBND")
  ]
  data.members = [member("M1", role: .leader)]
  // The commune's one area is recognised đạt in 2025, so X1 meets the 70 % condition.
  data.assessments = [
    SafetyAssessment(
      id: "AK1", year: 2025, subject: Subject(.residentialArea, "K1"), result: .met,
      decisionNumber: "5/QĐ-UBND", decisionDate: Day(year: 2025, month: 11, day: 5)!,
      issuedBy: "UBND xã Chí Đám")
  ]
  data.modelTypes = [ModelType(id: "MT1", name: "Camera an ninh")]
  data.modelSites = [
    ModelSite(id: "S1", modelTypeID: "MT1", communeID: "X1", name: "Camera", startYear: 2020)
  ]
  return data
}

private func member(_ id: String, role: Member.Role, birthYear: Int = 1980) -> Member {
  Member(
    id: id, teamID: "T1", fullName: "Lương Oanh Quốc", birthYear: birthYear, gender: .male,
    role: role, joined: Day(year: 2024, month: 7, day: 5)!, uniformIssued: true,
    paidAllowance: true, birthDate: Day(year: birthYear, month: 1, day: 1)!)
}

private let today = Day(year: 2025, month: 12, day: 31)!

private func keys(_ issues: [ValidationIssue]) -> [String] { issues.map(\.key) }

@Suite struct ValidationTests {
  let validator = Validator(data: sample(), today: today)

  @Test func sampleIsValid() {
    #expect(Validator.checkAll(sample(), today: today).isEmpty)
  }

  @Test func datesMayNotBeInTheFutureOrBefore2000() {
    let future = FieldRules.day(today.adding(days: 1), field: "day", today: today)
    #expect(future?.key == "validation.date.future")
    #expect(future?.arguments == ["01/01/2026", "31/12/2025"])
    let early = FieldRules.day(Day(year: 1999, month: 12, day: 31)!, field: "day", today: today)
    #expect(early?.key == "validation.date.tooEarly")
    #expect(FieldRules.day(today, field: "day", today: today) == nil)
    #expect(FieldRules.year(2026, field: "startYear", today: today)?.key == "validation.year.range")
  }

  @Test func patrolMustEndAfterItStarts() {
    let start = Moment(day: Day(year: 2025, month: 3, day: 1)!, hour: 21, minute: 0)!
    var patrol = Patrol(
      id: "P1", communeID: "X1", teamID: "T1", start: start, end: start.adding(minutes: 120),
      residentialAreaIDs: ["K1"], route: "Đường liên thôn",
      participants: .init(police: 1, militia: 1, teamMembers: 2))
    #expect(validator.check(patrol).isEmpty)
    patrol.end = start
    #expect(keys(validator.check(patrol)) == ["validation.patrol.endNotAfterStart"])
    patrol.end = start.adding(minutes: 60)
    patrol.residentialAreaIDs = ["K2"]
    #expect(keys(validator.check(patrol)) == ["validation.area.otherCommune"])
    patrol.residentialAreaIDs = ["K1"]
    patrol.participants.militia = -1
    #expect(keys(validator.check(patrol)) == ["validation.count.negative"])
  }

  @Test func teamAreasMustBeInItsOwnExistingCommune() {
    var team = sample().teams[0]
    team.residentialAreaIDs = ["K1", "K2"]
    let issues = validator.check(team)
    #expect(keys(issues) == ["validation.area.otherCommune"])
    #expect(issues[0].arguments == ["Thôn Hạ Bằng", "Chí Đám"])
    team.communeID = "X9"
    team.residentialAreaIDs = ["K1"]
    #expect(keys(validator.check(team)) == ["validation.commune.unknown"])
    team.communeID = "X1"
    team.residentialAreaIDs = []
    #expect(keys(validator.check(team)) == ["validation.team.noAreas"])
  }

  @Test func aTeamHasAtMostOneActiveLeader() {
    #expect(keys(validator.check(member("M2", role: .leader))) == ["validation.member.leaderTaken"])
    #expect(validator.check(member("M1", role: .leader)).isEmpty)
    #expect(validator.check(member("M2", role: .deputy)).isEmpty)
  }

  @Test func membersAre18To70WhenJoining() {
    #expect(
      keys(validator.check(member("M2", role: .member, birthYear: 2007))) == [
        "validation.member.age"
      ])
    #expect(
      keys(validator.check(member("M2", role: .member, birthYear: 1953))) == [
        "validation.member.over70"
      ])
    #expect(validator.check(member("M2", role: .member, birthYear: 2006)).isEmpty)
    // Born 01/01/1955: 69 at joining on 05/07/2024 (01/01/1954 would be past the 70th birthday).
    #expect(validator.check(member("M2", role: .member, birthYear: 1955)).isEmpty)
  }

  @Test func countsAreWholeAndNotNegative() throws {
    #expect(try FieldRules.parseCount(" 42 ", field: "attendees").get() == 42)
    for typed in ["4.5", "abc", "", "1e3"] {
      guard case .failure(let issue) = FieldRules.parseCount(typed, field: "attendees") else {
        Issue.record("accepted \(typed)")
        continue
      }
      #expect(issue.key == "validation.count.notWhole")
    }
    guard case .failure(let negative) = FieldRules.parseCount("-3", field: "attendees") else {
      Issue.record("accepted -3")
      return
    }
    #expect(negative.key == "validation.count.negative")
  }

  @Test func requiredTextIsNotBlankAndStoredAsNFC() {
    #expect(FieldRules.required("  \n ", field: "route")?.key == "validation.text.blank")
    let decomposed = "Đồng Lương".decomposedStringWithCanonicalMapping
    #expect(!decomposed.isNFC)
    #expect(FieldRules.nfc(decomposed, field: "name")?.key == "validation.text.notNFC")
    #expect("  \(decomposed) ".storageForm == "Đồng Lương")
    #expect("  \(decomposed) ".storageForm.isNFC)
    #expect("Bản Mông bình yên “Mỹ Á” – khu".isNFC)
  }

  @Test func tipStagesFollowTheFlow() {
    #expect(Tip.Stage.received.allowedNext == [.classified])
    #expect(Tip.Stage.verifying.allowedNext == [.forwarded, .handledAdministratively, .outOfScope])
    #expect(Tip.Stage.suspended.allowedNext == [.resumed, .closed])
    #expect(Tip.checkMove(from: .received, to: .verifying)?.key == "validation.tip.stage")
    #expect(Tip.checkMove(from: .closed, to: .received)?.key == "validation.tip.closed")
    #expect(Tip.checkMove(from: .verifying, to: .forwarded) == nil)
    let at = Moment(day: Day(year: 2025, month: 5, day: 2)!, hour: 8, minute: 0)!
    var tip = Tip(
      id: "TB1", communeID: "X1", residentialAreaID: "K1", receivedAt: at, channel: .phone,
      kind: .crimeReport, topic: "Trộm cắp", urgency: .normal, summary: "Mất xe máy",
      informant: nil, steps: [.init(stage: .received, at: at), .init(stage: .classified, at: at)])
    #expect(validator.check(tip).isEmpty)
    #expect(tip.allowedNextStages == [.verifying])
    tip.steps.append(.init(stage: .closed, at: at))
    #expect(keys(validator.check(tip)) == ["validation.tip.stage"])
  }

  @Test func aSafeCommuneRunsAModel() {
    let met = SafetyAssessment(
      id: "A1", year: 2025, subject: Subject(.commune, "X2"), result: .met,
      decisionNumber: "1/QĐ", decisionDate: Day(year: 2025, month: 12, day: 1)!)
    // Tu Vũ has no model and none of its areas recognised: both conditions fail.
    #expect(
      keys(validator.check(met)) == [
        "validation.assessment.noModelSite", "validation.assessment.share",
      ])
    var here = met
    here.subject = Subject(.commune, "X1")
    #expect(validator.check(here).isEmpty)
  }

  @Test func aModelAppraisedNotEffectiveDoesNotCountForASafeCommune() {
    var data = sample()
    let site = data.modelSites.first { $0.communeID == "X1" }!
    let met = SafetyAssessment(
      id: "A1", year: 2025, subject: Subject(.commune, "X1"), result: .met,
      decisionNumber: "1/QĐ", decisionDate: Day(year: 2025, month: 12, day: 1)!)
    data.appraisals = [
      ModelAppraisal(
        id: "P1", siteID: site.id, year: 2025, result: .notEffective, decisionNumber: "2/QĐ")
    ]
    let sites = data.modelSites.filter { $0.communeID == "X1" && $0.runs(in: 2025) }
    #expect(sites.count == 1, "the sample has one site running in X1")
    #expect(
      keys(Validator(data: data, today: today).check(met)) == ["validation.assessment.noModelSite"])
    data.appraisals[0].result = .effective
    #expect(Validator(data: data, today: today).check(met).isEmpty)
  }

  @Test func messagesSayWhatIsWrongInBothLanguages() {
    let issue = FieldRules.joiningAge(
      birthYear: 2010, joined: Day(year: 2025, month: 1, day: 1)!, field: "birthYear")!
    #expect(
      issue.message(DemoFixture.catalog(.vi))
        == "Luật 30/2023/QH15, Điều 13(1): tuổi khi tham gia là 15; thành viên phải từ đủ 18 đến"
        + " đủ 70 tuổi (tính theo ngày sinh). Kiểm tra ngày sinh hoặc ngày tham gia.")
    #expect(
      issue.message(DemoFixture.catalog(.en)).hasPrefix(
        "Law 30/2023/QH15, art. 13(1): age at joining is 15; members must be from their 18th"))
    let stage = Tip.checkMove(from: .received, to: .closed)!
    #expect(stage.message(DemoFixture.catalog(.vi)).contains("«tiếp nhận» sang «kết thúc»"))
  }

  @Test func everyMessageKeyIsInBothCatalogs() {
    let vi = DemoFixture.catalog(.vi, ["validation"])
    let en = DemoFixture.catalog(.en, ["validation"])
    #expect(Set(vi.keys) == Set(en.keys))
    for stage in Tip.Stage.allCases { #expect(vi.keys.contains(stage.labelKey)) }
  }
}
