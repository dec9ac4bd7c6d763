import ANTQCore

/// One commune's page: its roll-up for the year, then its residential areas with each
/// one's safety result. Opened with Enter from the communes list.
struct CommunePage: Screen {
  struct AreaRow {
    let area: ResidentialArea
    let safety: CommuneSummary.SafetyStatus
    let modelNewRural: Bool
    let teams: [String]
  }

  private var summary: CommuneSummary
  private var areas: ListScreen<AreaRow>

  static func make(_ summary: CommuneSummary, context: AppContext) -> CommunePage {
    let communeID = summary.communeID
    let columns: [ListColumn<AreaRow>] = [
      .text("col.name", width: 24, flexible: true) { $0.area.name },
      ListColumn(
        "col.kind", width: 11,
        text: { row, context in context.catalog["areaKind.\(row.area.kind.rawValue)"] },
        order: { $0.area.kind.rawValue < $1.area.kind.rawValue }),
      ListColumn(
        "col.safety", width: 13,
        text: { row, context in context.catalog["safety.\(row.safety.rawValue)"] },
        order: { $0.safety.rawValue < $1.safety.rawValue },
        style: { CommunesScreen.safetyStyle($0.safety) }),
      ListColumn(
        "col.modelArea", width: 10, alignment: .center,
        text: { row, context in row.modelNewRural ? context.catalog["newRural.met"] : "—" },
        order: { !$0.modelNewRural && $1.modelNewRural }),
      .text("col.team", width: 24, flexible: true) { $0.teams.joined(separator: ", ") },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: true) { row, _ in
      row.area.name + " " + row.teams.joined(separator: " ")
    }
    var page = CommunePage(
      summary: summary,
      areas: ListScreen(list: list, rows: { areaRows(communeID: communeID, context: $0) }))
    page.areas.refresh(context)
    return page
  }

  var commands: Set<CommandID> { areas.commands }
  var filter: String { areas.filter }

  func status(_ context: AppContext) -> String { areas.status(context) }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    let lines = headerLines(context)
    for (offset, line) in lines.enumerated() where offset < rect.height {
      canvas.put(
        line.text, row: rect.row + offset, column: rect.column + 1, width: rect.width - 1,
        style: line.style)
    }
    let top = lines.count + 1
    guard rect.height > top + 1 else { return }
    areas.draw(
      in: Rect(
        row: rect.row + top, column: rect.column, width: rect.width, height: rect.height - top),
      on: canvas, context: context)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    areas.handle(command, in: rect, context: context)
  }

  mutating func refresh(_ context: AppContext) {
    if let updated = CommuneSummary.all(in: context.data, year: context.year, asOf: context.asOf)
      .first(where: { $0.communeID == summary.communeID })
    {
      summary = updated
    }
    areas.refresh(context)
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    areas.setFilter(text, context: context)
  }

  private func headerLines(_ context: AppContext) -> [(text: String, style: Style)] {
    let catalog = context.catalog
    let numbers = context.numbers
    let title = catalog.format(
      "commune.title", catalog["kind.\(summary.kind.rawValue)"], summary.name)
    let safety = catalog.format(
      "commune.safety", context.year, catalog["safety.\(summary.safety.rawValue)"])
    return [
      (title, .title),
      (safety, CommunesScreen.safetyStyle(summary.safety) ?? .plain),
      (catalog.format("commune.areas", summary.residentialAreas.text(numbers)), .plain),
      (catalog.format("commune.institutions", summary.institutions.text(numbers)), .plain),
      (
        catalog.format(
          "commune.counts", numbers.integer(summary.teams), numbers.integer(summary.members),
          numbers.integer(summary.modelSites)), .plain
      ),
      (
        catalog.format(
          "commune.activity", numbers.integer(summary.patrols), numbers.integer(summary.tips),
          numbers.integer(summary.tipsOpen), numbers.integer(summary.tipsOverdue),
          numbers.integer(summary.incidents)), .plain
      ),
    ]
  }

  private static func areaRows(communeID: String, context: AppContext) -> [AreaRow] {
    let data = context.data
    let areas = data.residentialAreas.filter { $0.communeID == communeID }
    let ids = Set(areas.map(\.id))
    var safety: [String: SafetyAssessment.Result] = [:]
    for assessment in data.assessments
    where assessment.year == context.year && assessment.subject.kind == .residentialArea
      && ids.contains(assessment.subject.id)
    {
      safety[assessment.subject.id] = assessment.result
    }
    var model = Set<String>()
    for recognition in data.newRural
    where recognition.subject.kind == .residentialArea && recognition.holds(in: context.year) {
      model.insert(recognition.subject.id)
    }
    var teams: [String: [String]] = [:]
    for team in data.teams where team.communeID == communeID && team.active(atEndOf: context.year) {
      for area in team.residentialAreaIDs { teams[area, default: []].append(team.name) }
    }
    return areas.map { area in
      let status: CommuneSummary.SafetyStatus =
        switch safety[area.id] {
        case .met: .met
        case .notMet: .notMet
        case nil: .notAssessed
        }
      return AreaRow(
        area: area, safety: status, modelNewRural: model.contains(area.id),
        teams: teams[area.id] ?? [])
    }
  }
}
