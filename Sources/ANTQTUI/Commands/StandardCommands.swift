extension CommandTable {
  /// Every command of ANTQ Console with its default keys (DESIGN.md §3a).
  public static let standard = CommandTable(
    screenCommands + movementCommands + recordCommands + viewCommands + formCommands
      + editingCommands + promptCommands + dialogCommands + generalCommands)

  private static let lists: Set<CommandScope> = [.list]
  private static let scrolling: Set<CommandScope> = [.list, .overlay]
  private static let typing: Set<CommandScope> = [.form, .prompt]
  private static func mouse(_ action: MouseEvent.Action) -> Key {
    MouseEvent(action, row: -1, column: -1).tableKey
  }

  private static let screenCommands: [Command] =
    (1...9).map { number in
      Command(
        CommandID.screen(number)!, keys: [.text(Character(String(number)))], scopes: lists,
        group: .screens)
    } + [
      Command(.nextScreen, keys: [.tab], scopes: lists, group: .screens),
      Command(.previousScreen, keys: [.backTab], scopes: lists, group: .screens),
    ]

  private static let movementCommands: [Command] = [
    Command(.up, keys: [.up, .text("k")], scopes: [.list, .overlay, .form], group: .movement),
    Command(
      .down, keys: [.down, .text("j")], scopes: [.list, .overlay, .form], group: .movement),
    Command(.point, keys: [mouse(.click)], scopes: [.list, .form], group: .movement),
    Command(
      .scrollUp, keys: [mouse(.wheelUp)], scopes: [.list, .overlay, .form], group: .movement),
    Command(
      .scrollDown, keys: [mouse(.wheelDown)], scopes: [.list, .overlay, .form],
      group: .movement),
    Command(.pageUp, keys: [.pageUp], scopes: scrolling, group: .movement),
    Command(.pageDown, keys: [.pageDown], scopes: scrolling, group: .movement),
    Command(.home, keys: [.home, .text("g")], scopes: scrolling, group: .movement),
    Command(.end, keys: [.end, .text("G")], scopes: scrolling, group: .movement),
  ]

  private static let recordCommands: [Command] = [
    Command(
      .open, keys: [.enter, mouse(.doubleClick)], scopes: lists, group: .records, hintRank: 5),
    Command(.new, keys: [.text("n")], scopes: lists, group: .records, hintRank: 6),
    Command(.copy, keys: [.text("c")], scopes: lists, group: .records, hintRank: 9),
    Command(.edit, keys: [.text("e")], scopes: lists, group: .records, hintRank: 7),
    Command(.delete, keys: [.text("d"), .delete], scopes: lists, group: .records, hintRank: 8),
    Command(.undo, keys: [.text("u")], scopes: lists, group: .records),
    Command(.assess, keys: [.text("a")], scopes: lists, group: .records, hintRank: 12),
    Command(.recognize, keys: [.text("r")], scopes: lists, group: .records),
    Command(.history, keys: [.text("h")], scopes: lists, group: .records),
    Command(.revealIdentity, keys: [.text("R")], scopes: lists, group: .records),
  ]

  private static let viewCommands: [Command] = [
    Command(.filter, keys: [.text("/")], scopes: lists, group: .view, hintRank: 3),
    Command(.sortPrevious, keys: [.text("<")], scopes: lists, group: .view),
    Command(.sortNext, keys: [.text(">")], scopes: lists, group: .view, hintRank: 9),
    Command(.flipSort, keys: [.text("s")], scopes: lists, group: .view),
    Command(.nextKind, keys: [.text("t")], scopes: lists, group: .view, hintRank: 9),
    Command(.previousKind, keys: [.text("T")], scopes: lists, group: .view),
    Command(.previousYear, keys: [.text("[")], scopes: lists, group: .view),
    Command(.nextYear, keys: [.text("]")], scopes: lists, group: .view, hintRank: 10),
    Command(.switchView, keys: [.text("v")], scopes: lists, group: .view, hintRank: 13),
    Command(.export, keys: [.text("x")], scopes: lists, group: .view),
    Command(.chart, keys: [.text("b")], scopes: lists, group: .view),
    Command(.importFile, keys: [.text("I")], scopes: lists, group: .records),
    Command(.nextSection, keys: [.right], scopes: lists, group: .view, hintRank: 12),
    Command(.previousSection, keys: [.left], scopes: lists, group: .view),
  ]

  private static let formCommands: [Command] = [
    Command(
      .save, keys: [.function(2), .control("s")], scopes: [.form], group: .form, hintRank: 2),
    Command(.nextField, keys: [.tab, .enter], scopes: [.form], group: .form, hintRank: 5),
    Command(.previousField, keys: [.backTab], scopes: [.form], group: .form),
  ]

  /// Readline's keys, wherever a line of text is typed.
  private static let editingCommands: [Command] = [
    Command(.charLeft, keys: [.left, .control("b")], scopes: typing, group: .editing),
    Command(.charRight, keys: [.right, .control("f")], scopes: typing, group: .editing),
    Command(.wordLeft, keys: [.alt("b")], scopes: typing, group: .editing),
    Command(.wordRight, keys: [.alt("f")], scopes: typing, group: .editing),
    Command(.lineStart, keys: [.home, .control("a")], scopes: typing, group: .editing),
    Command(.lineEnd, keys: [.end, .control("e")], scopes: typing, group: .editing),
    Command(.deleteBackward, keys: [.backspace], scopes: typing, group: .editing),
    Command(.deleteForward, keys: [.delete, .control("d")], scopes: typing, group: .editing),
    Command(.deleteWordBackward, keys: [.control("w")], scopes: typing, group: .editing),
    Command(.deleteToEnd, keys: [.control("k")], scopes: typing, group: .editing),
    Command(.deleteToStart, keys: [.control("u")], scopes: typing, group: .editing),
  ]

  private static let promptCommands: [Command] = [
    Command(.submit, keys: [.enter], scopes: [.prompt], group: .prompt, hintRank: 2),
    Command(.complete, keys: [.tab], scopes: [.prompt], group: .prompt, hintRank: 3),
    Command(.completePrevious, keys: [.backTab], scopes: [.prompt], group: .prompt),
  ]

  private static let dialogCommands: [Command] = [
    Command(.yes, keys: [.text("y"), .enter], scopes: [.dialog], group: .dialog, hintRank: 2),
    Command(.no, keys: [.text("n")], scopes: [.dialog], group: .dialog),
    Command(.keepMine, keys: [.text("k")], scopes: [.conflict], group: .dialog, hintRank: 2),
    Command(.takeTheirs, keys: [.text("t")], scopes: [.conflict], group: .dialog, hintRank: 3),
    Command(.editOn, keys: [.text("e")], scopes: [.conflict], group: .dialog, hintRank: 4),
    Command(.openDemo, keys: [.text("d")], scopes: [.welcome], group: .dialog, hintRank: 2),
    Command(.startEmpty, keys: [.text("n")], scopes: [.welcome], group: .dialog, hintRank: 3),
    Command(
      .gotIt, keys: [.enter, .text(" ")], scopes: [.intro], group: .dialog, hintRank: 2),
  ]

  private static let generalCommands: [Command] = [
    Command(
      .help, keys: [.text("?"), .function(1)], scopes: [.global], group: .general, hintRank: 1),
    Command(.back, keys: [.escape], scopes: [.global], group: .general, hintRank: 4),
    Command(.prompt, keys: [.text(":")], scopes: lists, group: .general, hintRank: 11),
    Command(.conflicts, keys: [.text("C")], scopes: lists, group: .records),
    Command(.switchLanguage, keys: [.text("L")], scopes: lists, group: .general),
    Command(.messages, keys: [.text("M")], scopes: lists, group: .general),
    Command(.users, keys: [.text("U")], scopes: lists, group: .general),
    Command(
      .quit, keys: [.text("q"), .function(10)], scopes: [.list, .welcome], group: .general,
      hintRank: 2),
  ]
}
