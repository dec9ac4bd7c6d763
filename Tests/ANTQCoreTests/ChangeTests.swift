import ANTQCore
import Foundation
import Testing

private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
private func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> Moment {
  Moment(day: day(y, m, d), hour: h, minute: 0)!
}

/// One record of every kind, as a clerk would type it.
private let oneOfEach: [Record] = [
  .commune(Commune(id: "X9", name: "Xã Yên Định", kind: .xa)),
  .residentialArea(ResidentialArea(id: "K9", communeID: "X9", name: "Thôn Đông", kind: .thon)),
  .institution(Institution(id: "I9", communeID: "X9", name: "Trường tiểu học", kind: .school)),
  .assessment(
    SafetyAssessment(
      id: "A9", year: 2025, subject: Subject(.residentialArea, "K9"), result: .met,
      decisionNumber: "1/QĐ", decisionDate: day(2025, 11, 2))),
  .newRural(NewRuralRecognition(id: "N9", subject: Subject(.commune, "X9"), year: 2024)),
  .modelType(ModelType(id: "M9", name: "Dòng họ tự quản")),
  .site(
    ModelSite(id: "S9", modelTypeID: "M9", communeID: "X9", name: "Điểm Đông", startYear: 2023)),
  .appraisal(
    ModelAppraisal(id: "AP9", siteID: "S9", year: 2025, result: .effective, decisionNumber: "2")),
  .exemplar(Exemplar(id: "E9", siteID: "S9", name: "Bà Lan", year: 2025)),
  .team(
    Team(
      id: "T9", communeID: "X9", name: "Tổ Đông", residentialAreaIDs: ["K9"],
      founded: day(2024, 7, 1))),
  .member(
    Member(
      id: "MB9", teamID: "T9", fullName: "Lê Văn An", birthYear: 1980, gender: .male, role: .leader,
      joined: day(2024, 7, 1), uniformIssued: true, paidAllowance: false)),
  .patrol(
    Patrol(
      id: "PT9", communeID: "X9", teamID: "T9", start: at(2025, 3, 1, 20), end: at(2025, 3, 1, 22),
      residentialAreaIDs: ["K9"], route: "Đê",
      participants: .init(police: 1, militia: 1, teamMembers: 3))),
  .tip(
    Tip(
      id: "TB9", communeID: "X9", residentialAreaID: nil, receivedAt: at(2025, 4, 1, 8),
      channel: .phone, kind: .crimeReport, topic: "Trộm", urgency: .normal, summary: "Mất xe",
      informant: nil)),
  .incident(Incident(id: "VV9", communeID: "X9", day: day(2025, 5, 5), summary: "Hòa giải")),
  .outreach(
    OutreachSession(id: "TT9", communeID: "X9", day: day(2025, 6, 1), topic: "Luật", attendees: 80)),
  .trafficDuty(
    TrafficDuty(id: "GT9", communeID: "X9", day: day(2025, 2, 1), location: "Chợ", participants: 4)),
  .wantedCase(
    WantedPersonCase(
      id: "TN9", communeID: "X9", day: day(2025, 8, 8), outcome: .arrested, caseReference: "07")),
  .init(
    ManagedPerson(
      id: "QL9", communeID: "X9", fullName: "Trần Văn Bình", category: .releasedFromPrison,
      from: day(2024, 3, 1), teamID: "T9")),
  .init(
    EducationFile(
      id: "GD9", communeID: "X9", fullName: "Ngô Văn Cường", measure: .reformSchool,
      day: day(2025, 9, 9), decisionNumber: "12/QĐ-UBND")),
  .init(Rescue(id: "CH9", communeID: "X9", day: day(2025, 7, 7), summary: "Lũ", peopleRescued: 3)),
  .init(User(id: "canbo.x9", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: ["X9"])),
  .init(
    IdentityReveal(
      id: "R9", tipID: "TB9", account: "lanhdao", at: at(2025, 4, 2, 9), reason: "Xác minh")),
]

/// A province holding every record of `oneOfEach` plus older activity from 2024.
private func province() -> ProvinceData {
  var data = ProvinceData(province: Province(name: "Tỉnh mẫu"))
  data.patrols = [
    Patrol(
      id: "PT1", communeID: "X9", teamID: nil, start: at(2024, 1, 1, 20), end: at(2024, 1, 1, 21),
      residentialAreaIDs: [], route: "Chợ",
      participants: .init(police: 1, militia: 0, teamMembers: 1))
  ]
  for record in oneOfEach { data.apply(.upsert(record)) }
  return data
}

@Suite struct ChangeTests {
  @Test func everyKindIsCovered() {
    #expect(Set(oneOfEach.map(\.kind)) == Set(RecordKind.allCases))
  }

  @Test func upsertAddsThenReplacesByIDAndDeleteRemoves() {
    var data = ProvinceData(province: Province(name: "P"))
    for record in oneOfEach {
      data.apply(.upsert(record))
      #expect(data.record(record.kind, id: record.id) == record, "\(record.kind)")
    }
    let renamed = Record.commune(Commune(id: "X9", name: "Xã Yên Định mới", kind: .xa))
    data.apply(.upsert(renamed))
    #expect(data.communes == [Commune(id: "X9", name: "Xã Yên Định mới", kind: .xa)])
    for record in oneOfEach {
      data.apply(.delete(record.kind, id: record.id))
      #expect(data.record(record.kind, id: record.id) == nil, "\(record.kind)")
    }
    #expect(data == ProvinceData(province: Province(name: "P")))
  }

  @Test func inverseUndoesAnEditAnAddAndADeleteOfEveryKind() {
    let original = province()
    for record in oneOfEach {
      let added = Record.commune(Commune(id: "NEW", name: "Mới", kind: .phuong))
      for change in [Change.delete(record.kind, id: record.id), .upsert(record), .upsert(added)] {
        var data = original
        let undo = data.inverse(of: change)
        data.apply(change)
        data.apply(undo)
        #expect(sameRecords(data, original), "\(change)")
      }
    }
  }

  @Test func applyingTwiceEqualsApplyingOnce() {
    let changes: [Change] =
      oneOfEach.map { .delete($0.kind, id: $0.id) } + oneOfEach.map(Change.upsert)
    var once = province()
    for change in changes { once.apply(change) }
    var twice = once
    for change in changes { twice.apply(change) }
    #expect(twice == once)
  }

  @Test func activityRecordsStayInYearOrderAndMoveWithTheirYear() {
    var data = province()
    #expect(data.patrols.map(\.id) == ["PT1", "PT9"])
    var early = data.patrols[1]
    early.start = at(2023, 5, 1, 20)
    early.end = at(2023, 5, 1, 21)
    data.apply(.upsert(.patrol(early)))
    #expect(data.patrols.map(\.id) == ["PT9", "PT1"])
    #expect(data.patrols[0].day.year == 2023)
  }

  @Test func upsertDropsASecondCopyLeftInAnotherYearFile() {
    var data = province()
    var copy = data.patrols[1]
    copy.start = at(2024, 3, 1, 20)
    data.patrols.insert(copy, at: 1)  // as a crash between two renames can leave it
    data.apply(.upsert(.patrol(province().patrols[1])))
    #expect(data.patrols == province().patrols)
  }

  @Test func changesRoundTripThroughJSON() throws {
    let changes = oneOfEach.map(Change.upsert) + [.delete(.tip, id: "TB9")]
    for change in changes {
      let json = try JSONEncoder().encode(change)
      #expect(try JSONDecoder().decode(Change.self, from: json) == change)
    }
    let text = String(
      decoding: try JSONEncoder().encode(Change.delete(.tip, id: "TB9")), as: UTF8.self)
    #expect(text.contains("\"op\":\"delete\"") && text.contains("\"kind\":\"tip\""))
  }
}

/// Same records in every collection; undoing a delete puts the record back at the end.
private func sameRecords(_ a: ProvinceData, _ b: ProvinceData) -> Bool {
  func ids(_ d: ProvinceData) -> [RecordKind: [String]] {
    var out: [RecordKind: [String]] = [:]
    for kind in RecordKind.allCases {
      let all = oneOfEach.map(\.id) + ["NEW", "PT1"]
      out[kind] = all.filter { d.record(kind, id: $0) != nil }.sorted()
    }
    return out
  }
  guard ids(a) == ids(b) else { return false }
  return RecordKind.allCases.allSatisfy { kind in
    ids(a)[kind]!.allSatisfy { a.record(kind, id: $0) == b.record(kind, id: $0) }
  }
}
