import ANTQCore
import Testing

@Suite struct CommuneSummaryTests {
  @Test func communeRowsAddUpToTheProvince() {
    for year in [2024, 2025] {
      let rows = CommuneSummary.all(in: DemoFixture.data, year: year)
      let report = YearReport(data: DemoFixture.data, year: year)
      #expect(rows.count == report.communes)
      #expect(rows.map(\.teams).reduce(0, +) == report.teams)
      #expect(rows.map(\.members).reduce(0, +) == report.members)
      // A commune's row counts every record, the grassroots force's or not.
      #expect(rows.map(\.patrols).reduce(0, +) == report.patrolsAll)
      #expect(rows.map(\.tips).reduce(0, +) == report.tipsAll)
      #expect(rows.map(\.incidents).reduce(0, +) == report.incidentsResolvedAll)
      #expect(rows.map(\.tipsForwardedLate).reduce(0, +) == report.tipsForwardedLate)
      #expect(rows.map(\.modelSites).reduce(0, +) == report.modelSites)
      #expect(rows.count(where: { $0.safety == .met }) == report.communesSafe)
      #expect(rows.map(\.residentialAreas.numerator).reduce(0, +) == report.residentialAreasSafe)
      #expect(rows.map(\.residentialAreas.denominator).reduce(0, +) == report.residentialAreas)
      #expect(rows.count(where: { $0.newRural == .met }) == report.xaNewRural)
    }
  }

  @Test func phuongAreNotInTheNewRuralProgramme() {
    let rows = CommuneSummary.all(in: DemoFixture.data, year: 2025)
    #expect(rows.filter { $0.kind == .phuong }.allSatisfy { $0.newRural == .notApplicable })
    #expect(rows.filter { $0.kind == .phuong }.count == 15)
  }

  @Test func openAndOverdueTipsFollowTheirStage() {
    var data = ProvinceData(province: Province(name: "T"))
    data.communes = [Commune(id: "X1", name: "Chí Đám", kind: .xa)]
    let day = Day(year: 2025, month: 11, day: 1)!
    let at = Moment(day: day, hour: 9, minute: 0)!
    func tip(_ id: String, _ stages: [Tip.Stage]) -> Tip {
      Tip(
        id: id, communeID: "X1", residentialAreaID: nil, receivedAt: at, channel: .phone,
        kind: .crimeReport, topic: "Trộm cắp", urgency: .normal, summary: "s", informant: nil,
        steps: stages.map { Tip.Step(stage: $0, at: at) })
    }
    data.tips = [
      tip("a", [.received, .classified, .verifying]),
      tip("b", [.received, .classified, .verifying, .suspended]),
      tip("c", [.received, .classified, .verifying, .forwarded, .closed]),
    ]
    let early = CommuneSummary.all(in: data, year: 2025, asOf: day.adding(days: 5))[0]
    #expect(early.tips == 3 && early.tipsOpen == 2 && early.tipsOverdue == 0)
    let late = CommuneSummary.all(in: data, year: 2025)[0]
    #expect(late.tipsOpen == 2 && late.tipsOverdue == 1)
    #expect(late.safety == .notAssessed)
  }
}
