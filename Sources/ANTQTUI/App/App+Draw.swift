import ANTQCore

extension App {
  /// Rows 0–1 are the title and tab bar, the last row the status bar; the rest is the body.
  func bodyRect(_ canvas: Canvas) -> Rect {
    Rect(row: 2, column: 0, width: canvas.columns, height: max(0, canvas.rows - 3))
  }

  /// Paints the whole state; only what is visible is computed. Returns where the text
  /// cursor belongs (a form's field or the prompt), or nil to hide it.
  @discardableResult
  public func draw(on canvas: Canvas) -> (row: Int, column: Int)? {
    canvas.clear()
    let catalog = context.catalog
    if TooSmallNotice.isTooSmall(canvas) {
      TooSmallNotice.draw(into: canvas, catalog: catalog)
      return nil
    }
    drawTitle(on: canvas)
    TabBar.draw(
      titles: ScreenID.tabs.map { catalog[$0.titleKey] },
      short: ScreenID.tabs.map { catalog[$0.titleKey + ".short"] },
      current: ScreenID.tabs.firstIndex(of: current) ?? -1, row: 1, into: canvas)
    screen.draw(in: bodyRect(canvas), on: canvas, context: context)
    // The hardware cursor sits on the selected row of a list, for screen readers.
    var cursor = canvas.markedCursor
    for overlay in overlays {
      switch overlay {
      case .help(let help):
        help.draw(into: canvas)
        cursor = nil
      case .form(let form):
        let body = bodyRect(canvas)
        canvas.fill(body)
        cursor = form.draw(in: body, on: canvas, context: context)
      case .confirm(let dialog, _):
        dialog.draw(into: canvas)
        cursor = nil
      case .intro(let intro):
        intro.draw(into: canvas)
        cursor = nil
      case .conflict(let dialog):
        dialog.draw(into: canvas)
        cursor = nil
      case .prompt: break
      }
    }
    return drawStatus(on: canvas) ?? cursor
  }

  private func drawTitle(on canvas: Canvas) {
    let catalog = context.catalog
    var title = catalog["app.name"] + " · " + context.data.province.name
    if context.data.province.illustrative { title += " (" + catalog["app.illustrative"] + ")" }
    if readOnly { title += " · " + catalog["app.readOnly"] }
    var year = catalog.format("app.year", context.year)
    // Who is at the keyboard, when the title still has room for the province.
    if let user = context.user {
      let who = user.id + " · " + catalog["role.\(user.role.rawValue)"] + "  "
      if canvas.columns - year.displayWidth - who.displayWidth > 40 { year = who + year }
    }
    canvas.put("", row: 0, column: 0, width: canvas.columns, style: .title)
    canvas.put(
      title, row: 0, column: 1, width: canvas.columns - year.displayWidth - 3, style: .title)
    canvas.put(year, row: 0, column: canvas.columns - year.displayWidth - 1, style: .title)
  }

  /// The status line, or the prompt when one is open (then returns the prompt's cursor).
  private func drawStatus(on canvas: Canvas) -> (row: Int, column: Int)? {
    let row = canvas.rows - 1
    if case .prompt(_, let line) = overlays.last {
      canvas.put("", row: row, column: 0, width: canvas.columns, style: .plain)
      return (row, line.draw(row: row, column: 0, width: canvas.columns, into: canvas))
    }
    let scope: CommandScope
    switch overlays.last {
    case .form: scope = .form
    case .help: scope = .overlay
    case .confirm: scope = .dialog
    case .intro: scope = .intro
    case .conflict: scope = .conflict
    default: scope = .list
    }
    let text = message?.text ?? (scope == .list ? screen.status(context) : "")
    StatusBar.draw(
      message: text, hints: available.hints(in: scope, catalog: commandCatalog), row: row,
      into: canvas, messageStyle: message?.style ?? .plain)
    return nil
  }
}
