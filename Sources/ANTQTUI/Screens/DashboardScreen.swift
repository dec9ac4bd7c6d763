import ANTQCore

/// Tổng quan: the province's figures for the year, computed by `YearReport` — the same code
/// as `antq report`, so screen and report never differ. Shares show numerator/denominator.
/// Two columns: shares on the left, plain counts on the right; fits 80 columns. The year's
/// charts (`DashboardCharts`) go under the figures when the screen is tall enough, and `v`
/// shows them alone.
struct DashboardScreen: Screen {
  private struct Line {
    let labelKey: String
    var count: Int?
    var share: Share?
  }

  private struct Section {
    let titleKey: String
    let lines: [Line]
  }

  /// Column widths for one screen width.
  private struct Layout {
    let wide: Bool
    var label: Int { wide ? 30 : 24 }
    var value: Int { wide ? 15 : 13 }
    let percent = 7
    var left: Int { 1 + label + 1 + value + 1 + percent }
    var gap: Int { wide ? 4 : 1 }
  }

  private var report: YearReport?
  private var reports = YearCache<YearReport>()
  private var charts: YearCharts?
  private var chartCache = YearCache<YearCharts>()
  private var chartsAlone = false

  var commands: Set<CommandID> { [.switchView] }

  func status(_ context: AppContext) -> String {
    context.catalog.format("dash.status", context.year)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    guard command == .switchView else { return .ignored }
    chartsAlone.toggle()
    return .handled
  }

  mutating func refresh(_ context: AppContext) {
    report = reports.value(for: context, compute: Self.report)
    charts = chartCache.value(for: context) { YearCharts(data: $0.data, year: $0.year) }
  }

  var hasIdleWork: Bool { !reports.missing.isEmpty || !chartCache.missing.isEmpty }

  mutating func idle(_ context: AppContext) {
    if !reports.missing.isEmpty {
      reports.prepareNext(context, compute: Self.report)
    } else {
      chartCache.prepareNext(context) { YearCharts(data: $0.data, year: $0.year) }
    }
  }

  private static func report(_ context: AppContext) -> YearReport {
    YearReport(data: context.data, year: context.year)
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    guard let report, let charts else { return }
    if chartsAlone {
      DashboardCharts(charts: charts).draw(in: rect, on: canvas, context: context)
      return
    }
    let layout = Layout(wide: rect.width >= 100)
    let right = rect.column + 1 + layout.left + layout.gap
    let place = Rect(
      row: rect.row, column: rect.column + 1, width: layout.left, height: rect.height)
    let leftEnd = draw(leftSections(report), in: place, layout: layout, canvas, context)
    let rest = Rect(
      row: rect.row, column: right, width: max(0, rect.column + rect.width - right),
      height: rect.height)
    let rightEnd = draw(rightSections(report), in: rest, layout: layout, canvas, context)
    let below = Rect(
      row: max(leftEnd, rightEnd), column: rect.column, width: rect.width,
      height: rect.row + rect.height - max(leftEnd, rightEnd))
    if below.height >= DashboardCharts.minimumHeight + 2 {
      DashboardCharts(charts: charts).draw(in: below, on: canvas, context: context)
    }
  }

  /// Draws the sections from the top of `rect`; returns the row after the last one drawn.
  @discardableResult
  private func draw(
    _ sections: [Section], in rect: Rect, layout: Layout, _ canvas: Canvas, _ context: AppContext
  ) -> Int {
    let numbers = context.numbers
    var row = rect.row + 1
    for section in sections {
      guard row < rect.row + rect.height else { return row }
      canvas.put(
        context.catalog[section.titleKey], row: row, column: rect.column, width: rect.width,
        style: .title)
      row += 1
      for line in section.lines where row < rect.row + rect.height {
        let valueWidth =
          line.share == nil && line.count != nil && rect.width < layout.left ? 7 : layout.value
        let labelWidth = min(
          layout.label, rect.width - valueWidth - 2 - (line.share == nil ? 0 : layout.percent + 1))
        canvas.put(
          context.catalog[line.labelKey], row: row, column: rect.column + 1, width: labelWidth,
          style: .plain)
        var x = rect.column + 1 + labelWidth + 1
        if let share = line.share {
          let separator = layout.wide ? " / " : "/"
          let value =
            numbers.integer(share.numerator) + separator + numbers.integer(share.denominator)
          canvas.put(
            value, row: row, column: x, width: valueWidth, style: .plain, alignment: .right)
          x += valueWidth + 1
          canvas.put(
            share.percentText(numbers), row: row, column: x, width: layout.percent, style: .title,
            alignment: .right)
        } else if let count = line.count {
          canvas.put(
            numbers.integer(count), row: row, column: x, width: valueWidth, style: .plain,
            alignment: .right)
        }
        row += 1
      }
      row += 1
    }
    return row
  }

  private func share(_ key: String, _ part: Int, _ whole: Int) -> Line {
    Line(labelKey: key, share: Share(part, whole))
  }

  private func count(_ key: String, _ value: Int) -> Line {
    Line(labelKey: key, count: value)
  }

  private func leftSections(_ r: YearReport) -> [Section] {
    [
      Section(
        titleKey: "dash.safety",
        lines: [
          share("dash.communes", r.communesSafe, r.communes),
          share("dash.residentialAreas", r.residentialAreasSafe, r.residentialAreas),
          share("dash.agencies", r.agenciesEnterprisesSafe, r.agenciesEnterprises),
          share("dash.schools", r.schoolsSafe, r.schools),
        ]),
      Section(
        titleKey: "dash.newRural",
        lines: [
          share("dash.xaNewRural", r.xaNewRural, r.xa),
          count("dash.modelAreas", r.newRuralModelResidentialAreas),
        ]),
      Section(
        titleKey: "dash.teams",
        lines: [
          count("dash.teamCount", r.teams),
          count("dash.members", r.members),
          share("dash.uniformed", r.membersUniformed, r.members),
          share("dash.allowance", r.membersPaidAllowance, r.members),
        ]),
    ]
  }

  private func rightSections(_ r: YearReport) -> [Section] {
    [
      Section(
        titleKey: "dash.models",
        lines: [
          count("dash.modelTypes", r.modelTypes),
          count("dash.modelSites", r.modelSites),
          count("dash.exemplars", r.exemplars),
          count("dash.appraised", r.modelsAppraised),
        ]),
      Section(
        titleKey: "dash.activity",
        lines: [
          count("dash.tips", r.tips),
          count("dash.incidents", r.incidentsResolved),
          count("dash.outreach", r.outreachSessions),
          count("dash.patrols", r.patrols),
          count("dash.traffic", r.trafficDuties),
          count("dash.wanted", r.wantedCaught),
        ]),
    ]
  }
}
