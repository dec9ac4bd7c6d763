import ANTQCore
import ANTQTUI
import Testing

@Suite struct CommandTableTests {
  let table = CommandTable.standard

  @Test func noKeyIsBoundTwiceInOneScope() {
    let clashes = table.duplicateBindings()
    #expect(clashes.isEmpty, "\(clashes.map { "\($0.scope) \($0.key.label): \($0.ids)" })")
  }

  @Test func aClashIsReported() {
    let clashing = CommandTable([
      Command(.new, keys: [.text("n")], scopes: [.list], group: .records),
      Command(.no, keys: [.text("n")], scopes: [.global], group: .dialog),
    ])
    let clashes = clashing.duplicateBindings()
    #expect(clashes.contains { $0.scope == .list && $0.key == .text("n") })
    #expect(!clashes.contains { $0.scope == .form })  // typed text is not a binding in forms
  }

  @Test func keyboardContractInLists() {
    let expected: [Key: CommandID] = [
      .text("3"): .screen3, .tab: .nextScreen, .backTab: .previousScreen,
      .up: .up, .text("k"): .up, .down: .down, .text("j"): .down,
      .pageUp: .pageUp, .pageDown: .pageDown, .home: .home, .text("g"): .home,
      .end: .end, .text("G"): .end, .enter: .open, .escape: .back,
      .text("n"): .new, .text("e"): .edit, .text("d"): .delete, .delete: .delete,
      .text("/"): .filter, .text("<"): .sortPrevious, .text(">"): .sortNext,
      .text("s"): .flipSort, .text("["): .previousYear, .text("]"): .nextYear,
      .text("u"): .undo, .text("?"): .help, .function(1): .help, .text(":"): .prompt,
      .text("L"): .switchLanguage, .text("q"): .quit, .function(10): .quit,
      .text("x"): .export,
    ]
    for (key, id) in expected {
      #expect(table.command(for: key, in: .list) == id, "\(key.label)")
    }
    #expect(table.command(for: .text("z"), in: .list) == nil)
    #expect(table.command(for: .function(2), in: .list) == nil)
  }

  @Test func formsAndPromptsKeepTypedLettersAsText() {
    #expect(table.command(for: .text("q"), in: .form) == nil)
    #expect(table.command(for: .text("?"), in: .prompt) == nil)
    #expect(table.command(for: .function(1), in: .form) == .help)
    #expect(table.command(for: .function(2), in: .form) == .save)
    #expect(table.command(for: .control("s"), in: .form) == .save)
    #expect(table.command(for: .tab, in: .form) == .nextField)
    #expect(table.command(for: .enter, in: .form) == .nextField)
    #expect(table.command(for: .backTab, in: .form) == .previousField)
    #expect(table.command(for: .escape, in: .form) == .back)
    #expect(table.command(for: .tab, in: .prompt) == .complete)
    #expect(table.command(for: .enter, in: .prompt) == .submit)
    #expect(table.command(for: .text("y"), in: .dialog) == .yes)
    #expect(table.command(for: .text("n"), in: .dialog) == .no)
  }

  @Test func keyLabels() {
    #expect(table.keyLabels(for: .down, in: .list) == ["↓", "j"])
    #expect(table.keyLabels(for: .pageDown, in: .list) == ["PgDn"])
    #expect(table.keyLabels(for: .help, in: .form) == ["F1"])
    #expect(table.keyLabels(for: .save, in: .form) == ["F2", "Ctrl-S"])
    #expect(table.keyLabels(for: .previousScreen, in: .list) == ["Shift-Tab"])
    #expect(Key.text(" ").label == "Space")
  }

  @Test func everyCommandAndGroupHasATitleInBothLanguages() {
    for language in Language.allCases {
      let strings = CatalogFixture.strings(language)
      for command in table.commands {
        #expect(strings[command.titleKey] != nil, "\(language) \(command.titleKey)")
      }
      for group in CommandGroup.allCases {
        #expect(strings[group.titleKey] != nil, "\(language) \(group.titleKey)")
      }
      #expect(Set(CommandID.allCases) == Set(table.commands.map(\.id)))
    }
  }

  @Test func catalogsHaveTheSameKeysOnlyOurPrefixesAndNFCText() {
    let vi = CatalogFixture.strings(.vi)
    let en = CatalogFixture.strings(.en)
    #expect(Set(vi.keys) == Set(en.keys))
    for (key, text) in vi {
      #expect(key.hasPrefix("cmd.") || key.hasPrefix("ui."), "\(key)")
      #expect(text.unicodeScalars.elementsEqual(text.nfc.unicodeScalars), "\(key) not NFC")
    }
    #expect(vi["cmd.quit"] == "Thoát")
  }

  @Test func hintsComeMostImportantFirst() {
    let hints = table.hints(in: .list, catalog: CatalogFixture.vi).map { "\($0.key) \($0.title)" }
    #expect(Array(hints.prefix(4)) == ["? Trợ giúp", "q Thoát", "/ Lọc", "Esc Quay lại"])
    let form = table.hints(in: .form, catalog: CatalogFixture.en).map { "\($0.key) \($0.title)" }
    #expect(form == ["F1 Help", "F2 Save", "Esc Back", "Tab Next field"])
  }

  @Test func promptNamesAndLookup() {
    let names = table.promptNames()
    #expect(names.contains("quit"))
    #expect(names.contains("screen-3"))
    #expect(!names.contains("save"))  // a form command is not run from a list
    #expect(!names.contains("prompt"))
    #expect(table.command(named: " Quit ") == .quit)
    #expect(table.command(named: "4") == .screen4)
    #expect(table.command(named: "save") == nil)
    #expect(table.command(named: "bogus") == nil)
  }
}
