import ANTQCore
import Testing

/// Law 30/2023/QH15 and Decree 40/2024 on grassroots teams (DOMAIN.md, first table).
@Suite struct TeamLawTests {
  let data = LawFixture.data()
  var validator: Validator { Validator(data: data, today: LawFixture.today) }
  private func keys(_ member: Member) -> [String] { validator.check(member).map(\.key) }

  @Test func memberIsFrom18thTo70thBirthdayCountedFromTheBirthDate() {
    let born = LawFixture.day(2006, 8, 20)
    // Same birth year as an accepted member, but a day short of 18: refused.
    #expect(
      keys(LawFixture.member(born: born, joined: LawFixture.day(2024, 8, 19))) == [
        "validation.member.age"
      ])
    #expect(keys(LawFixture.member(born: born, joined: LawFixture.day(2024, 8, 20))).isEmpty)
    let old = LawFixture.day(1954, 7, 1)
    #expect(keys(LawFixture.member(born: old, joined: LawFixture.day(2024, 7, 1))).isEmpty)
    #expect(
      keys(LawFixture.member(born: old, joined: LawFixture.day(2024, 7, 2))) == [
        "validation.member.over70"
      ])
  }

  @Test func over70IsAcceptedByTheCommuneChairmansDecision() {
    let member = LawFixture.member(
      born: LawFixture.day(1950, 1, 1), joined: LawFixture.day(2024, 7, 5),
      over70Decision: "31/QĐ-UBND")
    #expect(validator.check(member).isEmpty)
    let refused = validator.check(
      LawFixture.member(born: LawFixture.day(1950, 1, 1), joined: LawFixture.day(2024, 7, 5)))
    let message = refused[0].message(DemoFixture.catalog(.vi))
    #expect(message.hasPrefix("Luật 30/2023/QH15, Điều 13(1): 74 tuổi khi tham gia"))
    #expect(message.contains("Nhập số quyết định của Chủ tịch UBND xã"))
  }

  @Test func aBirthYearAloneIsAWarningNotARefusal() {
    var member = LawFixture.member(
      born: LawFixture.day(1980, 1, 1), joined: LawFixture.day(2024, 7, 5))
    member.birthDate = nil
    #expect(validator.check(member).isEmpty)
    var data = self.data
    data.members.append(member)
    let found = Validator.checkAll(data, today: LawFixture.today)
    #expect(found.map(\.key) == ["validation.member.birthYearOnly"])
    #expect(found.allSatisfy { $0.severity == .warning })
  }

  @Test func aTeamWithoutAnActiveLeaderIsFlagged() {
    var data = self.data
    #expect(Validator.checkAll(data, today: LawFixture.today).isEmpty)
    data.members[0].left = LawFixture.day(2025, 3, 1)
    let found = Validator.checkAll(data, today: LawFixture.today)
    #expect(found.map(\.key) == ["validation.team.noLeader"])
    #expect(found[0].message(DemoFixture.catalog(.vi)).hasPrefix("Luật 30/2023/QH15, Điều 16"))
    #expect(!Validator(data: data, today: LawFixture.today).hasActiveLeader("T1"))
  }

  @Test func theChairmansDecisionEstablishingATeamIsRecorded() {
    var data = self.data
    data.teams[0].decisionNumber = nil
    #expect(
      Validator.checkAll(data, today: LawFixture.today).map(\.key) == ["validation.team.noDecision"]
    )
  }

  @Test func aTeamCoversOneOrSeveralAreasOfItsOwnCommune() {
    var team = data.teams[0]
    team.residentialAreaIDs = []
    #expect(validator.check(team).map(\.key) == ["validation.team.noAreas"])
  }

  @Test func uniformIssueHasADateAndAllowanceAnAmount() {
    var member = LawFixture.member(
      born: LawFixture.day(1980, 1, 1), joined: LawFixture.day(2024, 7, 5))
    member.uniformIssuedOn = LawFixture.day(2026, 1, 1)
    member.monthlyAllowance = -5
    #expect(
      Set(validator.check(member).map(\.key)) == [
        "validation.date.future", "validation.count.negative",
      ])
    let demo = DemoFixture.data.members.filter { $0.active(atEndOf: 2025) }
    #expect(demo.allSatisfy { $0.birthDate != nil && $0.uniformIssuedOn != nil })
    #expect(demo.allSatisfy { ($0.monthlyAllowance ?? 0) > 0 })
  }
}
