import ANTQCore
import Testing

/// Criminal Procedure Code 2015 arts. 144–149 on tips (tố giác, tin báo, kiến nghị khởi tố).
@Suite struct TipLawTests {
  let received = LawFixture.at(2025, 5, 2, 8)
  private func steps(_ hours: [(Tip.Stage, Int)]) -> [(Tip.Stage, Moment)] {
    hours.map { ($0.0, received.adding(minutes: $0.1 * 60)) }
  }

  @Test func onlyTheThreeCrimeKindsCarryDeadlines() {
    for kind in Tip.Kind.allCases {
      let tip = LawFixture.tip(kind: kind, received: received)
      let crime = [.denunciation, .crimeReport, .prosecutionRecommendation].contains(kind)
      #expect(tip.isCrimeTip == crime)
      #expect((tip.forwardDue(remote: false) != nil) == crime)
      #expect(
        tip.overdue(remote: false, now: received.adding(minutes: 60 * 24 * 60))
          == (crime ? .decision : nil))
    }
  }

  @Test func aForwardAfter30HoursStaysLateAfterForwarding() {
    let tip = LawFixture.tip(
      received: received, steps([(.classified, 1), (.verifying, 2), (.forwarded, 30)]))
    #expect(tip.forwardedLate(remote: false))
    #expect(!tip.forwardedLate(remote: true), "48 hours in a remote commune")
    #expect(tip.overdue(remote: false, now: received.adding(minutes: 31 * 60)) == nil)
    var data = LawFixture.data()
    data.tips = [tip]
    #expect(YearReport(data: data, year: 2025).tipsForwardedLate == 1)
    #expect(CommuneSummary.all(in: data, year: 2025)[0].tipsForwardedLate == 1)
    let onTime = LawFixture.tip(
      received: received, steps([(.classified, 1), (.verifying, 2), (.forwarded, 20)]))
    #expect(!onTime.forwardedLate(remote: false))
  }

  @Test func notForwardedWithin24HoursIsOverdue() {
    let tip = LawFixture.tip(received: received, steps([(.classified, 1)]))
    #expect(tip.overdue(remote: false, now: received.adding(minutes: 24 * 60)) == nil)
    #expect(tip.overdue(remote: false, now: received.adding(minutes: 24 * 60 + 1)) == .forward)
    #expect(tip.overdue(remote: true, now: received.adding(minutes: 24 * 60 + 1)) == nil)
  }

  @Test func theAgencyDecidesIn20DaysOr2MonthsOr2MoreWhenExtended() {
    let forwarded = steps([(.classified, 1), (.verifying, 2), (.forwarded, 10)])
    let forwardDay = received.adding(minutes: 600).day
    var tip = LawFixture.tip(received: received, forwarded)
    #expect(tip.decisionDue == forwardDay.adding(days: 20))
    tip = LawFixture.tip(
      received: received, forwarded + steps([(.extended, 24 * 15)]), grantedBy: "Thủ trưởng CQĐT")
    #expect(tip.decisionDue == LawFixture.day(2025, 7, 2))
    tip = LawFixture.tip(
      received: received, forwarded + steps([(.extended, 24 * 15), (.extendedAgain, 24 * 55)]),
      grantedBy: "Viện kiểm sát")
    #expect(tip.decisionDue == LawFixture.day(2025, 9, 2))
    #expect(tip.overdue(remote: false, now: LawFixture.at(2025, 9, 3, 8)) == .decision)
  }

  @Test func suspensionIsTheAgencysDecisionNotTheCommunes() {
    #expect(
      Tip.checkMove(from: .verifying, to: .suspended)?.key == "validation.tip.communeSuspension")
    #expect(Tip.checkMove(from: .forwarded, to: .suspended) == nil)
    // A record saved when the commune could suspend: a warning, never refused.
    let old = LawFixture.tip(
      received: received, steps([(.classified, 1), (.verifying, 2), (.suspended, 5)]),
      number: "1/QĐ")
    var data = LawFixture.data()
    #expect(Validator(data: data, today: LawFixture.today).check(old).isEmpty)
    data.tips = [old]
    let found = Validator.checkAll(data, today: LawFixture.today)
    #expect(
      found.map(\.key) == ["validation.tip.legacySuspension"] && found[0].severity == .warning)
  }

  @Test func aResumedTipGetsOneMoreMonthAndASuspendedOneNone() {
    let base = steps([(.classified, 1), (.verifying, 2), (.forwarded, 10), (.suspended, 24 * 10)])
    #expect(LawFixture.tip(received: received, base, number: "5/QĐ").decisionDue == nil)
    let resumed = LawFixture.tip(
      received: received, base + steps([(.resumed, 24 * 40)]), number: "6/QĐ")
    #expect(resumed.decisionDue == received.adding(minutes: 24 * 40 * 60).day.adding(months: 1))
  }

  @Test func theAgencysDecisionHasItsNumberAndAnExtensionWhoGrantedIt() {
    let validator = Validator(data: LawFixture.data(), today: LawFixture.today)
    let forwarded = steps([(.classified, 1), (.verifying, 2), (.forwarded, 10)])
    let decided = LawFixture.tip(received: received, forwarded + steps([(.prosecuted, 24 * 9)]))
    #expect(validator.check(decided).map(\.key) == ["validation.tip.decisionNumber"])
    let extended = LawFixture.tip(received: received, forwarded + steps([(.extended, 24 * 15)]))
    #expect(validator.check(extended).map(\.key) == ["validation.tip.grantedBy"])
  }

  @Test func theInformantIsToldTheOutcomeAfterReceipt() {
    var tip = LawFixture.tip(received: received)
    tip.informantNotified = LawFixture.day(2025, 5, 1)
    let validator = Validator(data: LawFixture.data(), today: LawFixture.today)
    #expect(validator.check(tip).map(\.key) == ["validation.tip.notifiedEarly"])
  }

  @Test func demoTipsAreForwardedMostlyOnTime() {
    let report = YearReport(data: DemoFixture.data, year: 2025)
    #expect(report.tipsForwardedLate > 0)
    let forwarded = DemoFixture.data.tips.filter { $0.day.year == 2025 && $0.forwardedAt != nil }
    #expect(report.tipsForwardedLate * 10 < forwarded.count)
    let communeSuspensions = DemoFixture.data.tips.filter { tip in
      zip(tip.steps, tip.steps.dropFirst()).contains {
        $0.stage == .verifying && $1.stage == .suspended
      }
    }
    #expect(communeSuspensions.isEmpty)
  }
}
