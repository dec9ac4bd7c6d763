import ANTQCore

/// The dashboard's charts for a year: the force's patrols and tips by month side by side,
/// and the communes by safety status under them. Readable at 80×24; wider and taller
/// screens get wider and taller bars.
struct DashboardCharts {
  let charts: YearCharts

  /// Rows the charts need at the least: a title, three rows of bars and the months, then
  /// the communes' title and three bars.
  static let minimumHeight = 11

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    let catalog = context.catalog
    let numbers = context.numbers
    let glyphs = context.chartGlyphs
    let half = (rect.width - 3) / 2
    let columnWidth = max(2, min(8, half / 12))
    let barRows = max(3, min(24, rect.height - Self.minimumHeight + 3))
    let months = [
      ("chart.patrolsByMonth", charts.patrolsByMonth), ("chart.tipsByMonth", charts.tipsByMonth),
    ]
    var row = rect.row + 1
    for (index, (key, counts)) in months.enumerated() {
      let column = rect.column + 1 + index * (half + 2)
      let peak = counts.max() ?? 0
      let title = catalog.format(
        key, context.year, numbers.integer(counts.reduce(0, +)), numbers.integer(peak))
      canvas.put(title, row: row, column: column, width: half, style: .title)
      let bars = counts.enumerated().map { BarChart.Bar("\($0.offset + 1)", $0.element) }
      let lines = BarChart(bars, glyphs: glyphs).verticalLines(
        height: barRows, columnWidth: columnWidth)
      for (offset, line) in lines.enumerated() {
        canvas.put(
          line, row: row + 1 + offset, column: column, width: half,
          style: offset == lines.count - 1 ? .hint : .plain)
      }
    }
    row += barRows + 3
    guard row + 3 < rect.row + rect.height else { return }
    let total = charts.communesSafe + charts.communesNotSafe + charts.communesNotAssessed
    canvas.put(
      catalog.format("chart.communesBySafety", context.year, numbers.integer(total)), row: row,
      column: rect.column + 1, width: rect.width - 2, style: .title)
    let statuses: [(CommuneSummary.SafetyStatus, Int)] = [
      (.met, charts.communesSafe), (.notMet, charts.communesNotSafe),
      (.notAssessed, charts.communesNotAssessed),
    ]
    let chart = BarChart(
      statuses.map { BarChart.Bar(catalog["safety.\($0.0.rawValue)"], $0.1) }, glyphs: glyphs)
    let width = min(rect.width - 3, 2 * half)
    for (offset, line) in chart.horizontalLines(width: width, numbers: numbers).enumerated() {
      canvas.put(
        line, row: row + 1 + offset, column: rect.column + 2, width: width,
        style: CommunesScreen.safetyStyle(statuses[offset].0) ?? .plain)
    }
  }
}
