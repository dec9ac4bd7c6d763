import ANTQCore

/// The questions the console asks before a province is open: what to do with an empty
/// data folder, whether to open a folder another console holds read-only.
public enum StartupDialog {
  public enum WelcomeChoice: Sendable { case demo, empty, quit }

  /// The data folder holds no province: open the demo in it, start an empty one, or quit.
  public static func welcome(folder: String, catalog: Catalog, session: TerminalSession)
    -> WelcomeChoice
  {
    let table = CommandTable.standard
    let options = [CommandID.openDemo, .startEmpty, .quit].map { id in
      let key = table.keyLabels(for: id, in: .welcome).first ?? ""
      return "\(key) · \(catalog[table[id]?.titleKey ?? ""])"
    }
    let box = MessageBox(
      title: catalog["empty.title"],
      message: ([catalog.format("empty.body", folder), ""] + options).joined(separator: "\n"),
      footer: "")
    while true {
      show(box, session)
      guard let key = session.readKey(timeoutMilliseconds: nil) else { continue }
      switch table.command(for: key, in: .welcome) {
      case .openDemo: return .demo
      case .startEmpty: return .empty
      case .quit, .back: return .quit
      default: continue
      }
    }
  }

  /// A yes/no question (y or Enter: yes; n or Esc: no).
  public static func ask(
    _ title: String, _ question: String, catalog: Catalog, session: TerminalSession
  )
    -> Bool
  {
    let dialog = ConfirmDialog(title: title, question: question, catalog: catalog)
    while true {
      session.canvas.clear()
      dialog.draw(into: session.canvas)
      session.present()
      guard let key = session.readKey(timeoutMilliseconds: nil) else { continue }
      if let answer = ConfirmDialog.answer(for: key) { return answer }
    }
  }

  /// A notice while something slow happens (opening a large folder).
  public static func busy(_ text: String, catalog: Catalog, session: TerminalSession) {
    show(MessageBox(title: catalog["app.name"], message: text, footer: ""), session)
  }

  private static func show(_ box: MessageBox, _ session: TerminalSession) {
    session.canvas.clear()
    box.draw(into: session.canvas)
    session.canvas.hideCursor()
    session.present()
  }
}
