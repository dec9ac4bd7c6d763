import ANTQCore

extension App {
  /// Handles one key. `canvas` gives the screen size (page lengths); nothing is drawn.
  public mutating func handle(_ key: Key, on canvas: Canvas) -> [Effect] {
    if key == .resize { return [] }
    message = nil
    if case .mouse(let event) = key { context.pointer = (event.row, event.column) }
    defer { context.pointer = nil }
    guard let top = overlays.popLast() else {
      guard let command = table.command(for: key, in: .list) else {
        flashUnusedKey(key)
        return []
      }
      if case .mouse(let event) = key, event.action == .doubleClick {
        _ = run(.point, on: canvas)
      }
      return run(command, on: canvas)
    }
    switch top {
    case .help(var help):
      let command = table.command(for: key, in: .overlay)
      if command != .back && command != .help {
        switch command {
        case .scrollUp, .scrollDown:
          for _ in 0..<3 { _ = help.apply(command == .scrollUp ? .up : .down, on: canvas) }
        case .some(let command) where help.apply(command, on: canvas): break
        default: flashUnusedKey(key)
        }
        overlays.append(.help(help))
      }
      return []
    case .intro(let intro):
      let command = table.command(for: key, in: .intro)
      if [.gotIt, .back].contains(command) { return [.introSeen] }
      overlays.append(.intro(intro))
      if command == .help { showHelp(scope: .list) } else { flashUnusedKey(key) }
      return []
    case .prompt(let kind, var line):
      return handlePrompt(key, kind: kind, line: &line, canvas: canvas)
    case .form(var form):
      return handleForm(key, form: &form, canvas: canvas)
    case .confirm(let dialog, let pending):
      return answer(key, dialog: dialog, pending: pending)
    case .conflict(let dialog):
      return answerConflict(key, dialog: dialog)
    }
  }

  /// Runs a command of the frame or of the current screen.
  mutating func run(_ command: CommandID, on canvas: Canvas) -> [Effect] {
    if let number = command.screenNumber {
      if let target = ScreenID.tabs.first(where: { $0.rawValue == number }) { show(target) }
      return []
    }
    if let refusal = roleRefusal(command) {
      message = (refusal.message(context.catalog), .warning)
      return []
    }
    switch command {
    case .quit: return [.quit]
    case .users: show(.users)
    case .nextScreen: show(ScreenID(rawValue: current.rawValue % ScreenID.tabs.count + 1)!)
    case .previousScreen:
      let count = ScreenID.tabs.count
      show(ScreenID(rawValue: (current.rawValue + count - 2) % count + 1)!)
    case .help: showHelp(scope: .list)
    case .prompt:
      overlays.append(
        .prompt(.command, PromptLine(prefix: ":", completions: available.promptNames(for: .list))))
    case .switchLanguage: switchLanguage()
    case .messages: showNotices(on: canvas)
    case .previousYear, .nextYear: return changeYear(by: command == .nextYear ? 1 : -1)
    case .filter where screen.commands.contains(.filter):
      overlays.append(
        .prompt(.filter, PromptLine(prefix: context.catalog["prompt.filter"], text: screen.filter)))
    case .undo: return undo()
    case .export where screen.commands.contains(.export): return exportList()
    case .chart where screen.commands.contains(.export): showChart(on: canvas)
    case .conflicts: showConflicts()
    case .history: return askHistory()
    case .importFile: askImportFile()
    case .new where readOnly, .edit where readOnly, .delete where readOnly:
      message = (context.catalog["status.readOnlyFolder"], .warning)
    default:
      return runOnScreen(command, canvas: canvas)
    }
    return []
  }

  private mutating func runOnScreen(_ command: CommandID, canvas: Canvas) -> [Effect] {
    switch screens[current]!.handle(command, in: bodyRect(canvas), context: context) {
    case .handled: break
    case .ignored:
      if [.new, .edit, .delete].contains(command) {
        message = (context.catalog["status.readOnlyScreen"], .warning)
      } else if context.pointer == nil, command != .back {
        // Esc with nothing to go back to only clears the status line.
        flashUnusedKey(nil)
      }
    case .message(let text): message = (text, .plain)
    case .openForm(let form): open(.form(form))
    case .confirm(let question, let change):
      let dialog = ConfirmDialog(
        title: context.catalog["confirm.title"], question: question, catalog: context.catalog)
      open(.confirm(dialog, onYes: .record(change)))
    case .reveal(let tipID): askRevealReason(tipID)
    }
    return []
  }

  /// A key the screen does not use: said briefly on the status line, never an error.
  /// Mouse events and resizes say nothing.
  mutating func flashUnusedKey(_ key: Key?) {
    switch key {
    case .mouse, .resize, .paste: return
    default: message = (context.catalog["status.keyNotUsed"], Self.flashStyle)
    }
  }

  static let flashStyle = Style(color: .warning)

  /// `:messages`: the last notices of this session, newest last, whole.
  mutating func showNotices(on canvas: Canvas) {
    let width = max(20, min(76, canvas.columns - 6))
    let lines =
      notices.isEmpty
      ? [context.catalog["ui.messages.none"]] : notices.flatMap { $0.wrapped(to: width) }
    overlays.append(
      .help(
        HelpOverlay(
          title: context.catalog["ui.messages.title"], text: lines, catalog: context.catalog,
          scrolledToEnd: canvas)))
  }

  mutating func showHelp(scope: CommandScope) {
    overlays.append(.help(HelpOverlay(table: available, scope: scope, catalog: commandCatalog)))
  }

  private mutating func handlePrompt(
    _ key: Key, kind: PromptKind, line: inout PromptLine, canvas: Canvas
  ) -> [Effect] {
    switch line.handle(key, table: table) {
    case .editing:
      overlays.append(.prompt(kind, line))
      if kind == .filter { screens[current]!.setFilter(line.text, context: context) }
    case .submit(let text):
      if case .revealReason(let tipID) = kind { return submitRevealReason(tipID, text, line) }
      if kind == .importFile { return submitImportFile(text) }
      guard kind == .command, !text.trimmed.isEmpty else { return [] }
      if let command = table.command(named: text), let refusal = roleRefusal(command) {
        message = (refusal.message(context.catalog), .warning)
        return []
      }
      guard let command = available.command(named: text) else {
        message = (context.catalog.format("status.unknownCommand", text.trimmed), .warning)
        return []
      }
      return run(command, on: canvas)
    case .cancel:
      if kind == .filter { screens[current]!.setFilter("", context: context) }
    case .command(let command):
      overlays.append(.prompt(kind, line))
      if command == .help { showHelp(scope: .prompt) }
    }
    return []
  }

  mutating func show(_ target: ScreenID) {
    overlays.removeAll()
    current = target
    refreshCurrent()
  }

  private mutating func switchLanguage() {
    let next: Language = context.catalog.language == .vi ? .en : .vi
    guard let catalog = catalogs[next] else { return }
    context.catalog = catalog
    contextChanged()
    message = (catalog["status.language"], .plain)
  }

  private mutating func changeYear(by step: Int) -> [Effect] {
    let later = years.filter { $0 > context.year }
    let earlier = years.filter { $0 < context.year }
    guard let year = step > 0 ? later.min() : earlier.max() else {
      message = (context.catalog.format("status.noYear", context.year + step), .warning)
      return []
    }
    guard loadedYears.contains(year) else {
      message = (context.catalog.format("status.loadingYear", year), .plain)
      return [.loadYear(year)]
    }
    context.year = year
    contextChanged()
    return []
  }

}
