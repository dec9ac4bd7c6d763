import ANTQCore
import ANTQTUI
import Testing

/// The dashboard's charts, checked against the demo's records counted here, not by the app.
@Suite struct DashboardChartTests {
  /// The force's records of 2025 by month, counted the plain way.
  static func byMonth(_ days: [Day]) -> [Int] {
    (1...12).map { month in days.filter { $0.year == 2025 && $0.month == month }.count }
  }

  static let patrols = byMonth(
    AppFixture.demo.patrols.filter { $0.byForce != false }.map(\.start.day))
  static let tips = byMonth(
    AppFixture.demo.tips.filter { $0.byForce != false }.map(\.receivedAt.day))

  /// Eighths of a cell each glyph of a vertical bar shows.
  static let eighths: [Character: Int] = [
    " ": 0, "▁": 1, "▂": 2, "▃": 3, "▄": 4, "▅": 5, "▆": 6, "▇": 7, "█": 8,
  ]

  /// The height, in steps, of the bar whose left edge is at `column`, rows `top`…`bottom`.
  static func height(
    _ lines: [String], column: Int, rows: ClosedRange<Int>, steps: [Character: Int]
  ) -> Int {
    rows.reduce(0) { total, row in
      let cells = Array(lines[row])
      return total + (column < cells.count ? steps[cells[column]] ?? -100 : 0)
    }
  }

  /// What a bar `rows` high shows for `value` when the tallest is `peak`, in `steps` a cell.
  static func expected(_ value: Int, peak: Int, rows: Int, steps: Int) -> Int {
    value == 0 ? 0 : max(1, (value * rows * steps + peak / 2) / peak)
  }

  @Test func vShowsPatrolsAndTipsByMonthAndTheCommunesBySafetyAt80x24() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("v"), on: canvas)
    let lines = canvas.lines
    let numbers = NumberStyle(.vi)
    let title =
      " Tuần tra theo tháng: \(numbers.integer(Self.patrols.reduce(0, +))), đỉnh "
      + numbers.integer(Self.patrols.max()!)
    #expect(lines[3].hasPrefix(title), "\(canvas.screen)")
    #expect(
      lines[3].hasSuffix(
        "Tin báo theo tháng: \(numbers.integer(Self.tips.reduce(0, +))), đỉnh "
          + numbers.integer(Self.tips.max()!)))
    // 13 rows of bars (rows 4–16), the months under them.
    #expect(
      lines[17]
        == " 1  2  3  4  5  6  7  8  9  10 11 12     1  2  3  4  5  6  7  8  9  10 11 12")
    for month in 0..<12 {
      let patrols = Self.height(lines, column: 1 + 3 * month, rows: 4...16, steps: Self.eighths)
      #expect(
        patrols
          == Self.expected(Self.patrols[month], peak: Self.patrols.max()!, rows: 13, steps: 8),
        "patrols of month \(month + 1)")
      let tips = Self.height(lines, column: 41 + 3 * month, rows: 4...16, steps: Self.eighths)
      #expect(
        tips == Self.expected(Self.tips[month], peak: Self.tips.max()!, rows: 13, steps: 8),
        "tips of month \(month + 1)")
    }
    let met = AppFixture.demo.assessments.filter {
      $0.year == 2025 && $0.subject.kind == .commune && $0.result == .met
    }.count
    let notMet = AppFixture.demo.assessments.filter {
      $0.year == 2025 && $0.subject.kind == .commune && $0.result == .notMet
    }.count
    let communes = AppFixture.demo.communes.count
    #expect(lines[19] == " \(communes) xã, phường theo kết quả \"An toàn về ANTT\" năm 2025")
    #expect(lines[20] == "  đạt           " + String(repeating: "█", count: 58) + " \(met)")
    #expect(lines[21].hasPrefix("  chưa đạt      █") && lines[21].hasSuffix(" \(notMet)"))
    #expect(
      lines[22].hasPrefix("  chưa đánh giá  ") && lines[22].hasSuffix(" \(communes - met - notMet)")
    )
    #expect(lines[23].hasPrefix("Số liệu năm 2025"))
    app.press(.text("v"), on: canvas)
    #expect(lines[4] != canvas.lines[4], "v again shows the figures")
    #expect(canvas.lines[4].hasPrefix("  Xã, phường"))
  }

  @Test func onVT100TheBarsArePlainHashesInWholeCells() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.useChartGlyphs(.ascii)
    app.press(.text("v"), on: canvas)
    let lines = canvas.lines
    let blocks = Set("▁▂▃▄▅▆▇█▏▎▍▌▋▊▉")
    #expect(!canvas.screen.contains { blocks.contains($0) }, "\(canvas.screen)")
    for month in 0..<12 {
      let patrols = Self.height(
        lines, column: 1 + 3 * month, rows: 4...16, steps: [" ": 0, "#": 1])
      #expect(
        patrols == Self.expected(Self.patrols[month], peak: Self.patrols.max()!, rows: 13, steps: 1)
      )
    }
    #expect(lines[20] == "  đạt           " + String(repeating: "#", count: 58) + " 128")
  }

  @Test func aTallScreenShowsTheFiguresAndTheChartsTogether() {
    let (_, canvas) = AppFixture.app(columns: 200, rows: 60)
    #expect(canvas.screen.contains("Xã, phường"))
    #expect(canvas.screen.contains("Tuần tra theo tháng: "))
    #expect(canvas.screen.contains("xã, phường theo kết quả"))
    let labels = canvas.lines.first { $0.hasPrefix(" 1       2       3") }
    #expect(labels != nil, "months eight cells apart use the width")
  }

  @Test func theMonthsAddUpToTheDashboardsFigures() {
    let report = YearReport(data: AppFixture.demo, year: 2025)
    let charts = YearCharts(data: AppFixture.demo, year: 2025)
    #expect(charts.patrolsByMonth == Self.patrols)
    #expect(charts.tipsByMonth == Self.tips)
    #expect(charts.patrolsByMonth.reduce(0, +) == report.patrols)
    #expect(charts.tipsByMonth.reduce(0, +) == report.tips)
    #expect(charts.communesSafe == report.communesSafe)
  }
}
