import ANTQCore
import Testing

/// Rules a clerk trips on: a patrol has someone on it, nothing starts later than now, pasted
/// control characters are refused.
@Suite struct SmallRulesTests {
  let data = LawFixture.data()
  let now = LawFixture.at(2025, 12, 31, 10)

  private func patrol(start: Moment, people: Int) -> Patrol {
    Patrol(
      id: "P1", communeID: "X1", teamID: "T1", start: start, end: start.adding(minutes: 90),
      residentialAreaIDs: ["K1"], route: "Đê sông",
      participants: .init(police: 0, militia: 0, teamMembers: people))
  }

  @Test func aPatrolHasAtLeastOneParticipant() {
    let validator = Validator(data: data, today: LawFixture.today)
    #expect(
      validator.check(patrol(start: LawFixture.at(2025, 6, 1, 20), people: 0)).map(\.key) == [
        "validation.patrol.noParticipants"
      ])
    #expect(validator.check(patrol(start: LawFixture.at(2025, 6, 1, 20), people: 2)).isEmpty)
  }

  @Test func aPatrolOrATipCannotStartLaterThanNow() {
    let validator = Validator(data: data, today: LawFixture.today, now: now)
    let later = now.adding(minutes: 30)
    #expect(
      validator.check(patrol(start: later, people: 2)).map(\.key).contains(
        "validation.moment.future"))
    #expect(validator.check(patrol(start: now.adding(minutes: -100), people: 2)).isEmpty)
    let tip = LawFixture.tip(received: later)
    #expect(validator.check(tip).map(\.key) == ["validation.moment.future"])
  }

  @Test func pastedControlCharactersAreRefusedWithAReason() {
    #expect(
      FieldRules.text("Đê\u{1B}[31m sông", field: "route").map(\.key) == ["validation.text.control"]
    )
    #expect(FieldRules.text("Dòng 1\nDòng 2", field: "notes").isEmpty)
    let message = FieldRules.noControl("a\u{7}b", field: "route")!.message(DemoFixture.catalog(.vi))
    #expect(message.contains("ký tự điều khiển"))
  }

  @Test func theControlCharactersAreThoseUnicodeNames() {
    // Every one- and two-byte character and a sample of the others, alone and between
    // Vietnamese letters: refused exactly when Unicode calls it a control and it is no line break.
    let others = stride(from: 0x800, to: 0x11_0000, by: 97).compactMap(Unicode.Scalar.init)
    for scalar in (0..<0x800).compactMap(Unicode.Scalar.init) + others {
      let control = scalar.properties.generalCategory == .control && scalar != "\n"
      for text in [String(scalar), "Đồng\(scalar)Lương"] {
        #expect(
          (FieldRules.noControl(text, field: "notes") != nil) == control,
          "U+\(String(scalar.value, radix: 16, uppercase: true))")
      }
    }
  }
}
