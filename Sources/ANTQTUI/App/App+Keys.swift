import ANTQCore

extension App {
  /// Handles one key. `canvas` gives the screen size (page lengths); nothing is drawn.
  public mutating func handle(_ key: Key, on canvas: Canvas) -> [Effect] {
    if key == .resize { return [] }
    message = nil
    switch overlay {
    case .help(var help):
      let command = table.command(for: key, in: .overlay)
      if command == .back || command == .help {
        overlay = nil
      } else if let command, help.apply(command, on: canvas) {
        overlay = .help(help)
      }
      return []
    case .prompt(let kind, var line):
      return handlePrompt(key, kind: kind, line: &line, canvas: canvas)
    case nil:
      guard let command = table.command(for: key, in: .list) else { return [] }
      return run(command, on: canvas)
    }
  }

  /// Runs a command of the frame or of the current screen.
  mutating func run(_ command: CommandID, on canvas: Canvas) -> [Effect] {
    if let number = command.screenNumber {
      if let target = ScreenID(rawValue: number) { show(target) }
      return []
    }
    switch command {
    case .quit: return [.quit]
    case .nextScreen: show(ScreenID(rawValue: current.rawValue % ScreenID.allCases.count + 1)!)
    case .previousScreen:
      let count = ScreenID.allCases.count
      show(ScreenID(rawValue: (current.rawValue + count - 2) % count + 1)!)
    case .help:
      overlay = .help(HelpOverlay(table: available, scope: .list, catalog: commandCatalog))
    case .prompt:
      overlay = .prompt(
        .command, PromptLine(prefix: ":", completions: available.promptNames(for: .list)))
    case .switchLanguage: switchLanguage()
    case .previousYear, .nextYear: changeYear(by: command == .nextYear ? 1 : -1)
    case .filter where screen.commands.contains(.filter):
      overlay = .prompt(
        .filter, PromptLine(prefix: context.catalog["prompt.filter"], text: screen.filter))
    case .new, .edit, .delete, .undo:
      message = (context.catalog["status.readOnlyScreen"], .warning)
    default:
      let body = bodyRect(canvas)
      if case .message(let text) = screens[current]!.handle(command, in: body, context: context) {
        message = (text, .plain)
      }
    }
    return []
  }

  private mutating func handlePrompt(
    _ key: Key, kind: PromptKind, line: inout PromptLine, canvas: Canvas
  ) -> [Effect] {
    switch line.handle(key, table: table) {
    case .editing:
      overlay = .prompt(kind, line)
      if kind == .filter { screens[current]!.setFilter(line.text, context: context) }
    case .submit(let text):
      overlay = nil
      guard kind == .command, !text.trimmed.isEmpty else { return [] }
      guard let command = available.command(named: text) else {
        message = (context.catalog.format("status.unknownCommand", text.trimmed), .warning)
        return []
      }
      return run(command, on: canvas)
    case .cancel:
      overlay = nil
      if kind == .filter { screens[current]!.setFilter("", context: context) }
    case .command(let command):
      if command == .help {
        overlay = .help(HelpOverlay(table: available, scope: .prompt, catalog: commandCatalog))
      }
    }
    return []
  }

  mutating func show(_ target: ScreenID) {
    overlay = nil
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

  private mutating func changeYear(by step: Int) {
    let years = context.data.years
    let candidates =
      step > 0 ? years.filter { $0 > context.year } : years.filter { $0 < context.year }
    guard let year = step > 0 ? candidates.min() : candidates.max() else {
      message = (context.catalog.format("status.noYear", context.year + step), .warning)
      return
    }
    context.year = year
    contextChanged()
  }
}
