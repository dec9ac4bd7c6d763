import ANTQCore

/// A drill-down page: a few header lines (a record's roll-up), then one or more sections,
/// each a list of its own. ← / → (the command table's previous / next section) switch
/// sections; every other command goes to the section on screen.
struct SectionsPage: Screen {
  typealias Line = (text: String, style: Style)

  struct Section {
    let titleKey: String
    var screen: any Screen
  }

  private let header: (AppContext) -> [Line]
  private var lines: [Line] = []
  private(set) var sections: [Section]
  private(set) var current = 0
  /// Sections whose rows are up to date; the others are computed in idle time or when shown.
  private var fresh: [Bool]

  /// `header` is computed on refresh, not on every draw.
  init(header: @escaping (AppContext) -> [Line], sections: [Section], context: AppContext) {
    self.header = header
    self.sections = sections
    self.fresh = sections.map { _ in false }
    refresh(context)
  }

  var commands: Set<CommandID> {
    let own: Set<CommandID> = sections.count > 1 ? [.nextSection, .previousSection] : []
    return sections[current].screen.commands.union(own)
  }

  var filter: String { sections[current].screen.filter }

  func status(_ context: AppContext) -> String { sections[current].screen.status(context) }

  func shownList(_ context: AppContext) -> ShownList? {
    sections[current].screen.shownList(context)
  }

  func selectedRecord(_ context: AppContext) -> RecordKey? {
    sections[current].screen.selectedRecord(context)
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    var row = rect.row
    for line in lines where row < rect.row + rect.height {
      canvas.put(
        line.text, row: row, column: rect.column + 1, width: rect.width - 1, style: line.style)
      row += 1
    }
    if sections.count > 1, row < rect.row + rect.height {
      drawTabs(row: row, rect: rect, canvas: canvas, context: context)
      row += 1
    }
    let list = Rect(
      row: row, column: rect.column, width: rect.width, height: rect.row + rect.height - row)
    guard list.height > 1 else { return }
    sections[current].screen.draw(in: list, on: canvas, context: context)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    if sections.count > 1 && (command == .nextSection || command == .previousSection) {
      let step = command == .nextSection ? 1 : sections.count - 1
      current = (current + step) % sections.count
      refreshCurrent(context)
      return .handled
    }
    let used = lines.count + (sections.count > 1 ? 1 : 0)
    let list = Rect(
      row: rect.row + used, column: rect.column, width: rect.width,
      height: max(0, rect.height - used))
    return sections[current].screen.handle(command, in: list, context: context)
  }

  /// The header and the section on screen; the other sections wait for idle time or ←/→.
  mutating func refresh(_ context: AppContext) {
    lines = header(context)
    fresh = sections.map { _ in false }
    refreshCurrent(context)
  }

  var hasIdleWork: Bool { fresh.contains(false) || sections.contains { $0.screen.hasIdleWork } }

  mutating func idle(_ context: AppContext) {
    if let stale = fresh.firstIndex(of: false) {
      sections[stale].screen.refresh(context)
      fresh[stale] = true
    } else if let next = ([current] + Array(sections.indices)).first(where: {
      sections[$0].screen.hasIdleWork
    }) {
      sections[next].screen.idle(context)
    }
  }

  private mutating func refreshCurrent(_ context: AppContext) {
    guard !fresh[current] else { return }
    sections[current].screen.refresh(context)
    fresh[current] = true
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    sections[current].screen.setFilter(text, context: context)
  }

  private func drawTabs(row: Int, rect: Rect, canvas: Canvas, context: AppContext) {
    KindBar.draw(
      titles: sections.map { context.catalog[$0.titleKey] }, current: current, row: row,
      column: rect.column, width: rect.width, into: canvas)
  }
}
