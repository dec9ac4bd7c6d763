import ANTQCore

/// What the app asks the edge to do after a key.
public enum Effect: Sendable, Equatable {
  case quit
  /// Record this change durably over the record's version `base` (what the form was opened
  /// on), settling the other sides of a conflict; the answer comes back as `.saved`,
  /// `.saveFailed` or `.conflict`.
  case save(Change, base: ChangeID?, settles: [ChangeID])
  /// Load this year's records from the data folder; the answer comes back as `.yearLoaded`
  /// or `.yearLoadFailed`.
  case loadYear(Int)
  /// The first-start welcome was dismissed: remember it for this user, outside the data.
  case introSeen
  /// Write an exported list to a file whole; the answer comes back as `.exported` or
  /// `.exportFailed`.
  case export(ExportRequest)
  /// Read this record's history from every journal of the folder; the answer comes back as
  /// `.historyLoaded` or `.historyFailed`.
  case loadHistory(RecordKey)
  /// Record a reveal of the tip's informant with this reason, then open it; the answer comes
  /// back as `.revealed` (only once the reveal is saved) or `.revealRefused`.
  case reveal(tipID: String, reason: String)
  /// Read and check the CSV file the user typed for `:import` (with the table's name before
  /// it, or not); the answer comes back as `.importPreviewed` or `.importFailed`.
  case planImport(String)
  /// Record an import's new records through the journal, none when one is refused; the
  /// answer comes back as `.imported` or `.importFailed`.
  case commitImport([Change], file: String)
}

/// A tip's informant, opened after its reveal was recorded.
public struct RevealedIdentity: Sendable {
  public let tipID: String
  public let informant: Tip.Informant
  /// The province as the store has it with the reveal recorded.
  public let data: ProvinceData
  public let versions: Versions

  public init(tipID: String, informant: Tip.Informant, data: ProvinceData, versions: Versions) {
    self.tipID = tipID
    self.informant = informant
    self.data = data
    self.versions = versions
  }
}

/// A change the store recorded, and the province as the store now has it.
public struct SavedChange: Sendable {
  public let change: Change
  public let id: ChangeID
  public let data: ProvinceData
  public let versions: Versions

  public init(change: Change, id: ChangeID, data: ProvinceData, versions: Versions) {
    self.change = change
    self.id = id
    self.data = data
    self.versions = versions
  }
}

/// Everything that changes the app's state comes in as one of these, through `update`.
public enum Action: Sendable {
  case key(Key)
  /// The edge recorded the change asked for.
  case saved(SavedChange)
  /// The edge could not record it (disk full, read-only folder…), in the user's words.
  case saveFailed(String)
  /// Someone else changed the record since the edit began: nothing was saved.
  case conflict(EditConflict)
  /// Other consoles' changes came in: the province as the store now has it.
  case othersChanged(ProvinceData, Versions, count: Int)
  case yearLoaded(Int, ProvinceData)
  case yearLoadFailed(String)
  /// A notice from outside (a damaged journal line, a folder opened read-only…).
  case notice(String)
  /// The edge wrote the export asked for to this path.
  case exported(path: String, rows: Int)
  /// The edge wrote nothing (a folder that cannot be written…), in the user's words.
  case exportFailed(String)
  /// The record's history, newest first.
  case historyLoaded(RecordKey, [HistoryEntry])
  /// The history could not be read, in the user's words.
  case historyFailed(String)
  case revealed(RevealedIdentity)
  /// Not a reader, no key, a damaged key file (named with its path)…: nothing was shown.
  case revealRefused(String)
  case importPreviewed(ImportPreview)
  /// The file could not be read or the records not recorded, in the user's words.
  case importFailed(String)
  case imported(ImportedChanges)
}

/// The console's whole state and its update: keys become commands through the one command
/// table, commands change the state, and `draw` paints the state on any canvas.
public struct App {
  /// What covers the screen, topmost last: help over a form, a question over a form…
  enum Overlay {
    case help(HelpOverlay)
    case prompt(PromptKind, PromptLine)
    case form(any FormView)
    case confirm(ConfirmDialog, onYes: Pending)
    case conflict(ConflictDialog)
    case intro(IntroCard)
  }

  enum PromptKind: Equatable {
    case command, filter
    /// The reason for revealing this tip's informant.
    case revealReason(tipID: String)
    /// The CSV file `:import` reads.
    case importFile
  }

  /// What a yes in a confirmation does.
  enum Pending {
    case record(Change)
    case discardForm
    case importChanges([Change], file: String)
  }

  public internal(set) var context: AppContext
  let catalogs: [Language: Catalog]
  let table = CommandTable.standard
  /// Opened read-only (another console holds the folder): nothing can be changed.
  public let readOnly: Bool
  public internal(set) var current: ScreenID = .dashboard
  var screens: [ScreenID: any Screen]
  /// Screens whose rows predate the last change of year, language or data.
  var stale: Set<ScreenID> = []
  var overlays: [Overlay] = []
  var message: (text: String, style: Style)? {
    didSet { if let message { remember(message.text) } }
  }
  /// This session's notices, oldest first, for `:messages`.
  var notices: [String] = []
  /// This session's changes, newest last, each with what undoes it and its version.
  var history: [(change: Change, inverse: Change, id: ChangeID)] = []
  /// The versions the open form or question was opened on: its save is based on them.
  var openedOn: Versions?
  /// The change being recorded and whether it is an undo.
  var saving: (change: Change, undo: Bool)?
  /// Every year the folder has data for, and those whose records are in memory.
  public internal(set) var years: [Int]
  var loadedYears: Set<Int>

  /// Commands the app itself answers on every screen.
  static let frameCommands: Set<CommandID> = Set(
    (1...ScreenID.tabs.count).compactMap(CommandID.screen)
  ).union([
    .nextScreen, .previousScreen, .help, .prompt, .switchLanguage, .quit, .previousYear,
    .nextYear, .undo, .conflicts, .messages, .history, .users, .importFile,
  ])

  /// Commands that never apply to a list: those of forms, prompts and dialogs.
  static let overlayCommands: Set<CommandID> = Set(
    CommandTable.standard.commands.filter { !$0.applies(in: .list) }.map(\.id))

  /// `years` lists every year the folder holds, `data` has the records of `loadedYears`
  /// (default: all of `data`); `year` defaults to the latest year with data.
  public init(
    data: ProvinceData, language: Language, catalogs: [Language: Catalog], today: Day,
    year: Int? = nil, readOnly: Bool = false, years: [Int]? = nil, loadedYears: Set<Int>? = nil,
    now: Moment? = nil, versions: Versions = Versions(), account: String? = nil,
    passwords: (any PasswordSetting)? = nil
  ) {
    let catalog = catalogs[language] ?? Catalog(language: language, strings: [:])
    // The console knows its folder's years; only a caller that gives none has them counted.
    let counted = years != nil && loadedYears != nil ? [] : data.years
    self.years = years ?? counted
    self.loadedYears = loadedYears ?? Set(counted)
    let year = year ?? self.years.last ?? today.year
    self.context = AppContext(data: data, year: year, catalog: catalog, today: today, now: now)
    self.context.versions = versions
    self.context.account = account
    self.context.passwords = passwords
    self.catalogs = catalogs
    self.readOnly = readOnly
    self.screens = [
      .dashboard: DashboardScreen(),
      .communes: CommunesScreen.make(),
      .models: ModelsScreen.make(),
      .teams: TeamsScreen.make(),
      .patrols: PatrolsScreen.make(),
      .tips: TipsScreen.make(),
      .activities: ActivitiesScreen(),
      .users: UsersScreen.make(),
    ]
    contextChanged()
  }

  var screen: any Screen { screens[current]! }

  /// The commands that work now: the frame's and the current screen's.
  var available: CommandTable {
    // Form, prompt and dialog commands only ever apply in their own scopes.
    var ids = Self.frameCommands.union(screen.commands).union(Self.overlayCommands)
    if ids.contains(.export) { ids.insert(.chart) }
    if readOnly {
      ids.subtract([.new, .edit, .delete, .undo, .keepMine, .takeTheirs, .importFile])
    }
    ids = ids.filter { roleRefusal($0) == nil }
    if !years.contains(where: { $0 < context.year }) { ids.remove(.previousYear) }
    if !years.contains(where: { $0 > context.year }) { ids.remove(.nextYear) }
    return CommandTable(table.commands.filter { ids.contains($0.id) })
  }

  /// Why the user's role never runs `command` here (a clerk classifying); nil when it may.
  /// Such commands are left out of the hints, the help and the prompt, and refused with this
  /// reason when their key is pressed.
  func roleRefusal(_ command: CommandID) -> AccessRefusal? {
    let duty: Duty
    switch command {
    case .new, .edit, .delete, .copy:
      guard let kind = screen.editedKind else { return nil }
      duty = kind.type.duty
    case .assess, .recognize, .conflicts: duty = .supervision
    case .users: duty = .administration
    case .revealIdentity:
      guard let user = context.user, !user.isIdentityReader else { return nil }
      return AccessRefusal("access.notReader", [user.id])
    default: return nil
    }
    return context.mayDo(duty)
      ? nil : AccessRefusal("access.role.\(duty.rawValue)", [context.account ?? ""])
  }

  /// The catalog with the screen-jump commands titled by their screens, for help and hints.
  var commandCatalog: Catalog {
    var titles: [String: String] = [:]
    for screen in ScreenID.tabs {
      guard let command = CommandID.screen(screen.rawValue), let entry = table[command] else {
        continue
      }
      titles[entry.titleKey] = context.catalog[screen.titleKey]
    }
    return context.catalog.overriding(titles)
  }

  mutating func refreshCurrent() {
    guard stale.contains(current) else { return }
    screens[current]!.refresh(context)
    stale.remove(current)
  }

  /// Whether anything can be prepared ahead of the next key: rows of a screen not on
  /// view, the forms' validator, or a screen's own work (search keys, sort ranks…).
  public var hasIdleWork: Bool {
    !stale.isEmpty || context.preparedValidator == nil
      || screens.values.contains { $0.hasIdleWork }
  }

  /// Does one piece of that work, so that switching screens, opening a form or filtering
  /// later draws at once: first the rows of screens not on view, then the validator, then
  /// the screens' own work, the current one first.
  /// The console loop calls this while no key is waiting.
  public mutating func idle() {
    if let next = ScreenID.allCases.first(where: { stale.contains($0) }) {
      screens[next]!.refresh(context)
      stale.remove(next)
    } else if context.preparedValidator == nil {
      context.preparedValidator = context.validator
    } else if let next = ([current] + ScreenID.allCases).first(where: {
      screens[$0]!.hasIdleWork
    }) {
      screens[next]!.idle(context)
    }
  }

  /// Marks every screen out of date after the year, the language or the data changed.
  mutating func contextChanged() {
    let loaded = years.filter { loadedYears.contains($0) }
    context.neighbourYears = [
      loaded.last { $0 < context.year }, loaded.first { $0 > context.year },
    ].compactMap { $0 }
    stale = Set(ScreenID.allCases)
    refreshCurrent()
  }
}
