import ANTQCore
import Foundation

@testable import ANTQStore

/// A deterministic pseudo-random source, so a failing record can be reproduced.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// A province with many records of every type: Vietnamese text, quotes, backslashes, control
/// characters, emoji, optional fields present and absent, nested structs and lists.
func variedProvince(recordsPerCollection n: Int = 300) -> ProvinceData {
  var random = SeededGenerator(seed: 2025)
  let pieces = [
    "Xã Đồng Lương", "Thôn \"Quyết Thắng\"", "đường C:\\tmp\\log", "dòng 1\ndòng 2\tcột",
    "chuông\u{07}", "😀 vui", "Hòa giải / hòa bình", "", "Nguyễn Thị Ẩn", "a\u{0}b",
    "\u{1F1FB}\u{1F1F3}",
    "e\u{301} tổ hợp", "NFC: Tổ bảo vệ ANTT",
  ]
  func text() -> String {
    (0..<Int.random(in: 1...3, using: &random)).map { _ in pieces.randomElement(using: &random)! }
      .joined(separator: " ")
  }
  func maybe<T>(_ value: @autoclosure () -> T) -> T? {
    Bool.random(using: &random) ? value() : nil
  }
  func someDay() -> Day {
    Day(ordinal: Int.random(in: 10_957...20_500, using: &random))
  }
  func someMoment() -> Moment {
    Moment(day: someDay(), minuteOfDay: Int.random(in: 0..<1440, using: &random))
  }
  func count() -> Int { [0, 1, 7, 120, 99_999, Int.max, -3].randomElement(using: &random)! }

  var data = ProvinceData(province: Province(name: "Tỉnh \"Thanh Hóa\"", illustrative: true))
  for i in 0..<n {
    let id = "ID-\(i)-\(text())"
    data.communes.append(
      Commune(
        id: id, name: text(), kind: Commune.Kind.allCases.randomElement(using: &random)!,
        remote: Bool.random(using: &random)))
    data.residentialAreas.append(
      ResidentialArea(id: id, communeID: text(), name: text(), kind: .toDanPho))
    data.institutions.append(Institution(id: id, communeID: "C", name: text(), kind: .school))
    data.assessments.append(
      SafetyAssessment(
        id: id, year: 2000 + i % 30, subject: Subject(.institution, text()),
        result: Bool.random(using: &random) ? .met : .notMet, decisionNumber: text(),
        decisionDate: someDay()))
    data.newRural.append(
      NewRuralRecognition(
        id: id, subject: Subject(.commune, "X\(i)"), year: 2020, revokedYear: maybe(2024)))
    data.modelTypes.append(ModelType(id: id, name: text(), summary: text()))
    data.modelSites.append(
      ModelSite(
        id: id, modelTypeID: "M", communeID: "C", residentialAreaID: maybe(text()), name: text(),
        startYear: count(), retiredYear: maybe(count())))
    data.appraisals.append(
      ModelAppraisal(id: id, siteID: "S", year: 2025, result: .proposeRetire, decisionNumber: ""))
    data.exemplars.append(
      Exemplar(id: id, siteID: "S", name: text(), year: 2024, withdrawnYear: maybe(2025)))
    data.teams.append(
      Team(
        id: id, communeID: "C", name: text(), residentialAreaIDs: (0..<i % 4).map { _ in text() },
        founded: someDay(), dissolved: maybe(someDay())))
    data.members.append(
      Member(
        id: id, teamID: "T", fullName: text(), birthYear: 1950 + i % 50, gender: .female,
        role: .deputy, joined: someDay(), left: maybe(someDay()),
        uniformIssued: Bool.random(using: &random), paidAllowance: Bool.random(using: &random)))
    data.patrols.append(
      Patrol(
        id: id, communeID: "C", teamID: maybe(text()), start: someMoment(), end: someMoment(),
        residentialAreaIDs: [text(), text()], route: text(),
        participants: .init(police: count(), militia: count(), teamMembers: 0),
        findings: text(), tipsCollected: count(), notes: text()))
    data.tips.append(
      Tip(
        id: id, communeID: "C", residentialAreaID: maybe(text()), receivedAt: someMoment(),
        channel: Tip.Channel.allCases.randomElement(using: &random)!, kind: .other,
        topic: text(), urgency: .veryUrgent, incidentAt: maybe(someMoment()), summary: text(),
        informant: nil,
        steps: (0..<i % 3).map { _ in .init(stage: .verifying, at: someMoment(), reason: text()) },
        sealedIdentity: maybe(
          SealedIdentity(box: text(), keys: ["lanhdao": text(), "canbo.x": text()]))
      ))
    data.incidents.append(
      Incident(
        id: id, communeID: "C", residentialAreaID: maybe("K"), day: someDay(), summary: text()))
    data.outreach.append(
      OutreachSession(id: id, communeID: "C", day: someDay(), topic: text(), attendees: count()))
    data.trafficDuties.append(
      TrafficDuty(id: id, communeID: "C", day: someDay(), location: text(), participants: 2))
    data.wantedCases.append(
      WantedPersonCase(
        id: id, communeID: "C", day: someDay(), outcome: .arrested, caseReference: text()))
    data.managedPeople.append(
      ManagedPerson(
        id: id, communeID: "C", fullName: text(), category: .conditionalRelease, from: someDay(),
        until: maybe(someDay()), teamID: maybe(text())))
    data.educationFiles.append(
      EducationFile(
        id: id, communeID: "C", fullName: text(), measure: .reformSchool, day: someDay(),
        decisionNumber: text()))
    data.rescues.append(
      Rescue(
        id: id, communeID: "C", day: someDay(), summary: text(), peopleRescued: count(),
        teamID: maybe(text()), byForce: maybe(Bool.random(using: &random))))
    data.users.append(
      User(
        id: "u\(i)", fullName: text(), rank: text(), role: .clerk, communeIDs: [text()],
        readsIdentities: Bool.random(using: &random), disabledAt: maybe(someMoment()),
        publicKey: maybe(text()), wrappedPrivateKey: maybe(text())))
    data.reveals.append(
      IdentityReveal(id: id, tipID: "TB", account: text(), at: someMoment(), reason: text()))
    // The optional fields the records above leave out, set on every other record.
    if i % 2 == 0 {
      data.members[i].birthDate = someDay()
      data.members[i].admissionDecision = text()
      data.members[i].uniformIssuedOn = someDay()
      data.members[i].monthlyAllowance = count()
      data.patrols[i].byForce = Bool.random(using: &random)
      data.tips[i].intakeNumber = text()
      data.tips[i].teamID = text()
      data.tips[i].informantNotified = someDay()
      data.modelSites[i].cameras = count()
      data.modelSites[i].respectedPersons = [text()]
      data.exemplars[i].holder = .person
    }
  }
  return data
}
