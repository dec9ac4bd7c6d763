import ANTQCore

/// Hoạt động khác: the other activity logs on one screen, one list at a time: outreach
/// sessions, traffic-guidance duties, incidents helped resolve, wanted persons, rescues,
/// education files and referrals, people serving sentences managed at the commune. `t` /
/// `T` choose the kind; each list is newest first and has its own filter, `n`, `e`, `d`.
struct ActivitiesScreen: Screen {
  enum Kind: Int, CaseIterable {
    case outreach, traffic, incidents, rescues, education, managed, wanted

    var titleKey: String {
      [
        "form.kind.outreach", "form.kind.traffic", "form.kind.incidents", "form.kind.rescues",
        "form.kind.education", "form.kind.managed", "form.kind.wanted",
      ][rawValue]
    }
  }

  private(set) var kind = Kind.outreach
  private var lists: [any Screen]

  init() {
    let session = EntrySession()
    lists = [
      ActivityLists.outreach(session), ActivityLists.traffic(session),
      ActivityLists.incidents(session), ActivityLists.rescues(session),
      ActivityLists.educationFiles(session), ActivityLists.managedPeople(session),
      ActivityLists.wanted(session),
    ]
  }

  private var list: any Screen { lists[kind.rawValue] }

  var commands: Set<CommandID> { list.commands.union([.nextKind, .previousKind]) }

  var filter: String { list.filter }

  func status(_ context: AppContext) -> String {
    context.catalog[kind.titleKey] + " · " + list.status(context)
  }

  func shownList(_ context: AppContext) -> ShownList? { list.shownList(context) }

  func selectedRecord(_ context: AppContext) -> RecordKey? { list.selectedRecord(context) }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) {
    KindBar.draw(
      titles: Kind.allCases.map { context.catalog[$0.titleKey] },
      short: Kind.allCases.map { context.catalog[$0.titleKey + ".short"] },
      current: kind.rawValue, row: rect.row, column: rect.column, width: rect.width,
      into: canvas)
    let body = Rect(
      row: rect.row + 1, column: rect.column, width: rect.width, height: rect.height - 1)
    list.draw(in: body, on: canvas, context: context)
  }

  mutating func handle(_ command: CommandID, in rect: Rect, context: AppContext) -> ScreenOutcome {
    switch command {
    case .nextKind, .previousKind:
      let step = command == .nextKind ? 1 : Kind.allCases.count - 1
      kind = Kind(rawValue: (kind.rawValue + step) % Kind.allCases.count)!
      lists[kind.rawValue].refresh(context)
      return .handled
    default:
      let body = Rect(
        row: rect.row + 1, column: rect.column, width: rect.width, height: rect.height - 1)
      return lists[kind.rawValue].handle(command, in: body, context: context)
    }
  }

  mutating func refresh(_ context: AppContext) {
    lists[kind.rawValue].refresh(context)
  }

  mutating func setFilter(_ text: String, context: AppContext) {
    lists[kind.rawValue].setFilter(text, context: context)
  }
}
