import ANTQCore

/// A commune page's section "over the years": its figures in every year in memory, one
/// small bar chart a figure, side by side as the width allows.
struct CommuneYearsChart: Screen {
  let communeID: String
  private var summaries: [(year: Int, summary: CommuneSummary)] = []

  /// The figures charted, with their labels.
  private static let figures: [(key: String, value: KeyPath<CommuneSummary, Int> & Sendable)] = [
    ("dash.patrols", \.patrols), ("dash.tips", \.tips), ("dash.incidents", \.incidents),
    ("dash.teamCount", \.teams), ("dash.members", \.members), ("dash.modelSites", \.modelSites),
  ]
  /// The narrowest a figure's chart is drawn.
  private static let minimumWidth = 30

  init(communeID: String) { self.communeID = communeID }

  var commands: Set<CommandID> { [] }

  func status(_ context: AppContext) -> String {
    context.catalog.format("dash.status", context.year)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    .ignored
  }

  mutating func refresh(_ context: AppContext) {
    let data = context.data
    summaries = data.years.compactMap { year in
      CommuneSummary.one(communeID, in: data, year: year).map { (year, $0) }
    }
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    guard !summaries.isEmpty else {
      canvas.put(
        context.catalog["chart.years.none"], row: rect.row + 1, column: rect.column + 1,
        width: rect.width - 2, style: .hint)
      return
    }
    let across = max(1, min(Self.figures.count, (rect.width - 1) / (Self.minimumWidth + 2)))
    let width = (rect.width - 1) / across - 2
    let blockHeight = summaries.count + 2
    for (index, figure) in Self.figures.enumerated() {
      let row = rect.row + (index / across) * blockHeight
      guard row + blockHeight - 1 <= rect.row + rect.height else { return }
      let column = rect.column + 1 + (index % across) * (width + 2)
      canvas.put(
        context.catalog[figure.key], row: row, column: column, width: width, style: .title)
      let bars = summaries.map { BarChart.Bar("\($0.year)", $0.summary[keyPath: figure.value]) }
      let lines = BarChart(bars, glyphs: context.chartGlyphs).horizontalLines(
        width: width, numbers: context.numbers)
      for (offset, line) in lines.enumerated() {
        let style: Style = summaries[offset].year == context.year ? .plain : .hint
        canvas.put(line, row: row + 1 + offset, column: column, width: width, style: style)
      }
    }
  }
}
