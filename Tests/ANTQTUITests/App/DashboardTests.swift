import ANTQCore
import ANTQTUI
import Testing

@Suite struct DashboardTests {
  @Test func showsTheDemoFiguresWithNumeratorAndDenominatorAt80Columns() {
    let (_, canvas) = AppFixture.app(columns: 80, rows: 24)
    let lines = canvas.lines
    #expect(lines[0].hasPrefix(" ANTQ Console · "))
    #expect(lines[0].hasSuffix("[ Năm 2025 ]"))
    #expect(lines[1].contains("1 Tổng quan") && lines[1].contains("6 Tin báo"))
    #expect(
      lines[4] == "  Xã, phường                     128/148 86,48 %  Loại mô hình                38"
    )
    #expect(
      lines[5] == "  Khu dân cư                 5.129/5.400 94,98 %  Điểm mô hình            33.104"
    )
    #expect(
      lines[6] == "  Cơ quan, doanh nghiệp          612/612   100 %  Điển hình tiên tiến         75"
    )
    #expect(
      lines[7] == "  Cơ sở giáo dục                 620/625  99,2 %  Thẩm định, ghi nhận        117"
    )
    #expect(
      lines[10]
        == "  Xã đạt chuẩn NTM                84/133 63,15 %  Tin báo cung cấp         3.814")
    #expect(canvas.screen.contains("Số tổ                            5.049"))
    #expect(canvas.screen.contains("Được cấp trang phục      15.428/15.428   100 %"))
    #expect(lines[23].hasPrefix("Số liệu năm 2025"))
    #expect(lines[23].contains("? Trợ giúp") && lines[23].contains("q Thoát"))
  }

  @Test func matchesTheReportForTheSameYear() {
    let report = YearReport(data: AppFixture.demo, year: 2025)
    let (_, canvas) = AppFixture.app(columns: 120, rows: 30)
    let numbers = NumberStyle(.vi)
    for value in [
      report.tips, report.patrols, report.trafficDuties, report.modelSites, report.members,
    ] {
      #expect(canvas.screen.contains(numbers.integer(value)))
    }
    #expect(canvas.screen.contains("\(report.communesSafe) / \(report.communes)"))
  }

  @Test func yearKeysSwitchTo2024AndBack() {
    var (app, canvas) = AppFixture.app()
    let before = canvas.screen
    app.press(.text("["), on: canvas)
    #expect(canvas.lines[0].hasSuffix("[ Năm 2024 ]"))
    #expect(canvas.screen != before)
    let report2024 = YearReport(data: AppFixture.demo, year: 2024)
    #expect(canvas.screen.contains(NumberStyle(.vi).integer(report2024.patrols)))
    app.press(.text("["), on: canvas)
    #expect(canvas.lines.last!.contains("Không có dữ liệu năm 2023"))
    app.press(.text("]"), on: canvas)
    #expect(canvas.screen == before)
  }

  @Test func englishAndSwitchingLanguageWhileRunning() {
    var (app, canvas) = AppFixture.app(.en)
    #expect(canvas.lines[1].contains("1 Overview"))
    #expect(canvas.screen.contains("128 / 148  86.48%"))
    app.press(.text("L"), on: canvas)
    #expect(canvas.lines[1].contains("1 Tổng quan"))
    #expect(canvas.lines.last!.hasPrefix("Đã chuyển sang tiếng Việt."))
  }

  @Test func aTerminalBelow80x24ShowsANoticeInsteadOfTheScreens() {
    let (app, _) = AppFixture.app()
    let small = GridCanvas(rows: 20, columns: 60)
    app.draw(on: small)
    #expect(small.screen.contains("80×24"))
    #expect(!small.screen.contains("Tổng quan"))
  }
}

@Suite struct YearLoadingTests {
  @Test func aYearNotInMemoryIsAskedForThenShown() {
    let only2025 = AppFixture.demo.keepingActivity(of: 2025)
    var app = App(
      data: only2025, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      years: [2024, 2025], loadedYears: [2025])
    let canvas = GridCanvas(rows: 30, columns: 100)
    #expect(app.press(.text("["), on: canvas) == [.loadYear(2024)])
    #expect(canvas.lines.last!.hasPrefix("Đang mở số liệu năm 2024"))
    #expect(canvas.lines[0].hasSuffix("[ Năm 2025 ]"))
    _ = app.update(.yearLoaded(2024, AppFixture.demo), on: canvas)
    app.draw(on: canvas)
    #expect(canvas.lines[0].hasSuffix("[ Năm 2024 ]"))
    let patrols = YearReport(data: AppFixture.demo, year: 2024).patrols
    #expect(canvas.screen.contains(NumberStyle(.vi).integer(patrols)))
    #expect(app.press(.text("]"), on: canvas).isEmpty, "2025 is already in memory")
    #expect(canvas.lines[0].hasSuffix("[ Năm 2025 ]"))
  }
}

extension ProvinceData {
  /// The registers with only `year`'s dated records, as a store that loaded one year has it.
  fileprivate func keepingActivity(of year: Int) -> ProvinceData {
    var data = self
    data.patrols.removeAll { $0.day.year != year }
    data.tips.removeAll { $0.day.year != year }
    data.incidents.removeAll { $0.day.year != year }
    data.outreach.removeAll { $0.day.year != year }
    data.trafficDuties.removeAll { $0.day.year != year }
    data.wantedCases.removeAll { $0.day.year != year }
    data.assessments.removeAll { $0.year != year }
    data.appraisals.removeAll { $0.year != year }
    return data
  }
}
