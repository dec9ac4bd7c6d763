import ANTQCore

/// The one list of commands. The key map, the status-bar hints, the help overlay and
/// the `:` prompt's names all come from it; a key it does not list does nothing.
public struct CommandTable: Sendable {
  public let commands: [Command]
  private let maps: [CommandScope: [Key: CommandID]]
  private let byID: [CommandID: Command]

  public init(_ commands: [Command]) {
    self.commands = commands
    var maps: [CommandScope: [Key: CommandID]] = [:]
    for scope in CommandScope.allCases {
      var map: [Key: CommandID] = [:]
      for command in commands {
        // The first binding wins; `duplicateBindings` reports any clash.
        for key in command.keys(in: scope) where map[key] == nil { map[key] = command.id }
      }
      maps[scope] = map
    }
    self.maps = maps
    var byID: [CommandID: Command] = [:]
    for command in commands where byID[command.id] == nil { byID[command.id] = command }
    self.byID = byID
  }

  /// The command `key` runs in `scope`, or nil when the key does nothing there.
  public func command(for key: Key, in scope: CommandScope) -> CommandID? {
    if case .mouse(let event) = key { return maps[scope]?[event.tableKey] }
    return maps[scope]?[key]
  }

  public subscript(_ id: CommandID) -> Command? { byID[id] }

  /// The commands that apply in `scope`, in table order.
  public func commands(in scope: CommandScope) -> [Command] {
    commands.filter { $0.applies(in: scope) }
  }

  /// "↑ j" — the labels of the keys that run `id` in `scope`.
  public func keyLabels(for id: CommandID, in scope: CommandScope) -> [String] {
    byID[id]?.keys(in: scope).map(\.label) ?? []
  }

  /// Keys bound to more than one command in the same scope (should be empty).
  public func duplicateBindings() -> [(scope: CommandScope, key: Key, ids: [CommandID])] {
    var clashes: [(scope: CommandScope, key: Key, ids: [CommandID])] = []
    for scope in CommandScope.allCases {
      var owners: [Key: [CommandID]] = [:]
      var order: [Key] = []
      for command in commands {
        for key in command.keys(in: scope) {
          if owners[key] == nil { order.append(key) }
          owners[key, default: []].append(command.id)
        }
      }
      for key in order where owners[key]!.count > 1 {
        clashes.append((scope, key, owners[key]!))
      }
    }
    return clashes
  }

  /// Status-bar hints for `scope`, most important first: the first key label and the title.
  public func hints(in scope: CommandScope, catalog: Catalog) -> [StatusHint] {
    let ranked = commands(in: scope).enumerated().compactMap {
      index, command -> (rank: Int, index: Int, hint: StatusHint)? in
      guard let rank = command.hintRank, let key = command.keyboardKeys(in: scope).first else {
        return nil
      }
      return (rank, index, StatusHint(key: key.label, title: catalog[command.titleKey]))
    }
    return ranked.sorted { ($0.rank, $0.index) < ($1.rank, $1.index) }.map(\.hint)
  }

  /// Help overlay content for `scope`: groups in their fixed order, each with its commands.
  public func helpSections(in scope: CommandScope, catalog: Catalog) -> [HelpSection] {
    let applicable = commands(in: scope)
    return CommandGroup.allCases.compactMap { group in
      let entries = applicable.filter { $0.group == group }.compactMap { command -> HelpEntry? in
        let keys = command.keys(in: scope)
        guard !keys.isEmpty else { return nil }
        return HelpEntry(
          keys: keys.map(\.label).joined(separator: " "), title: catalog[command.titleKey])
      }
      guard !entries.isEmpty else { return nil }
      return HelpSection(
        title: catalog[group.titleKey],
        entries: group == .screens
          ? collapsedScreenJumps(entries, scope: scope, catalog: catalog) : entries)
    }
  }

  /// "1…9  Go to screen by number" instead of nine lines, when all nine apply.
  private func collapsedScreenJumps(
    _ entries: [HelpEntry], scope: CommandScope, catalog: Catalog
  ) -> [HelpEntry] {
    let jumps = (1...9).compactMap { CommandID.screen($0) }
    let titles = Set(jumps.compactMap { byID[$0].map { catalog[$0.titleKey] } })
    let jumpEntries = entries.filter { titles.contains($0.title) }
    guard jumpEntries.count == 9, let first = entries.firstIndex(of: jumpEntries[0]) else {
      return entries
    }
    var result = entries.filter { !titles.contains($0.title) }
    result.insert(HelpEntry(keys: "1…9", title: catalog["ui.help.screens"]), at: first)
    return result
  }

  /// Names the `:` prompt completes: commands usable from a list, by their ids.
  public func promptNames(for scope: CommandScope = .list) -> [String] {
    commands(in: scope).filter { !$0.keyboardKeys(in: scope).isEmpty }.map(\.id.rawValue)
      .filter { $0 != CommandID.prompt.rawValue }
  }

  /// The command typed at the prompt: its exact name, or a screen number ("3").
  public func command(named name: String, in scope: CommandScope = .list) -> CommandID? {
    let name = name.trimmed.lowercased()
    if let number = Int(name), let id = CommandID.screen(number) { return id }
    guard let id = CommandID(rawValue: name), byID[id]?.applies(in: scope) == true else {
      return nil
    }
    return id
  }
}

/// One status-bar hint: "? Trợ giúp".
public struct StatusHint: Sendable, Hashable {
  public let key: String
  public let title: String
  public init(key: String, title: String) {
    self.key = key
    self.title = title
  }
}

/// One line of the help overlay: the keys and what they do.
public struct HelpEntry: Sendable, Hashable {
  public let keys: String
  public let title: String
}

/// A titled group of help lines.
public struct HelpSection: Sendable, Hashable {
  public let title: String
  public let entries: [HelpEntry]
}
