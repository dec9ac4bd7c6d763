import ANTQCore

extension App {
  /// Rows 0–1 are the title and tab bar, the last row the status bar; the rest is the body.
  func bodyRect(_ canvas: Canvas) -> Rect {
    Rect(row: 2, column: 0, width: canvas.columns, height: max(0, canvas.rows - 3))
  }

  /// Paints the whole state. Only what is visible is computed.
  public func draw(on canvas: Canvas) {
    canvas.clear()
    let catalog = context.catalog
    if TooSmallNotice.isTooSmall(canvas) {
      TooSmallNotice.draw(into: canvas, catalog: catalog)
      return
    }
    drawTitle(on: canvas)
    TabBar.draw(
      titles: ScreenID.allCases.map { catalog[$0.titleKey] }, current: current.rawValue - 1, row: 1,
      into: canvas)
    screen.draw(in: bodyRect(canvas), on: canvas, context: context)
    drawStatus(on: canvas)
    if case .help(let help) = overlay { help.draw(into: canvas) }
  }

  private func drawTitle(on canvas: Canvas) {
    let catalog = context.catalog
    var title = catalog["app.name"] + " · " + context.data.province.name
    if context.data.province.illustrative { title += " (" + catalog["app.illustrative"] + ")" }
    let year = catalog.format("app.year", context.year)
    canvas.put("", row: 0, column: 0, width: canvas.columns, style: .title)
    canvas.put(
      title, row: 0, column: 1, width: canvas.columns - year.displayWidth - 3, style: .title)
    canvas.put(year, row: 0, column: canvas.columns - year.displayWidth - 1, style: .title)
  }

  private func drawStatus(on canvas: Canvas) {
    let row = canvas.rows - 1
    if case .prompt(_, let line) = overlay {
      canvas.put("", row: row, column: 0, width: canvas.columns, style: .plain)
      _ = line.draw(row: row, column: 0, width: canvas.columns, into: canvas)
      return
    }
    let text = message?.text ?? screen.status(context)
    StatusBar.draw(
      message: text, hints: available.hints(in: .list, catalog: context.catalog), row: row,
      into: canvas, messageStyle: message?.style ?? .plain)
  }
}
