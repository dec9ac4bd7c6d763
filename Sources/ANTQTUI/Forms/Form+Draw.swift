import ANTQCore

/// Drawing a form: the title, a banner, then each field as a label column and an input,
/// its message under it; the fields scroll so the focused one (and its drop-down) shows.
extension Form {
  static let labelLimit = 24
  static let dropDownRows = 5
  static let inputStyle = Style(underline: true)

  /// Where each part of the form goes in a rectangle; drawing and mouse clicks share it.
  struct Layout {
    var top: Int
    var bottom: Int
    var labelWidth: Int
    var inputColumn: Int
    var inputWidth: Int
    var bannerLines: [String]
    /// What the focused field expects, wrapped whole under the fields.
    var hintLines: [String]
    /// The fields on screen: index, first row and wrapped message lines.
    var placed: [(index: Int, row: Int, messages: [String])] = []
    var scrolledAbove = false
    var moreBelow = false
  }

  func layout(in rect: Rect, catalog: Catalog) -> Layout {
    let bannerLines = banner.map { Array($0.text.wrapped(to: rect.width - 2).prefix(3)) } ?? []
    let top = rect.row + 1 + bannerLines.count
    let hintLines =
      fields[focus].hintKey.map {
        Array(catalog[$0].wrapped(to: rect.width - 1).prefix(2))
      } ?? []
    let bottom = rect.row + rect.height - max(1, hintLines.count)
    let shown = fields.indices.filter { !fields[$0].hidden }
    let labelWidth = min(
      Self.labelLimit, shown.map { catalog[fields[$0].labelKey].displayWidth }.max() ?? 0)
    let inputColumn = rect.column + labelWidth + 4
    let inputWidth = max(4, rect.column + rect.width - inputColumn - 1)
    var layout = Layout(
      top: top, bottom: bottom, labelWidth: labelWidth, inputColumn: inputColumn,
      inputWidth: inputWidth, bannerLines: bannerLines, hintLines: hintLines)
    let messages = shown.map { fields[$0].message?.wrapped(to: inputWidth) ?? [] }
    let heights = shown.indices.map { fields[shown[$0]].inputRows + messages[$0].count }
    let drop = fields[focus].dropDown
    let dropRows = min(Self.dropDownRows, drop.count) + (drop.count > Self.dropDownRows ? 1 : 0)
    let focusPosition = shown.firstIndex(of: focus) ?? 0
    var first = 0
    while first < focusPosition,
      heights[first...focusPosition].reduce(0, +) + dropRows > bottom - top
    {
      first += 1
    }
    layout.scrolledAbove = first > 0
    var row = top
    for position in first..<shown.count {
      guard row < bottom else {
        layout.moreBelow = true
        break
      }
      layout.placed.append((shown[position], row, messages[position]))
      row += heights[position]
    }
    return layout
  }

  /// The field whose label, input or message is on screen row `row`, if any.
  func field(atRow row: Int, in rect: Rect, catalog: Catalog) -> Int? {
    let layout = layout(in: rect, catalog: catalog)
    return layout.placed.last { $0.row <= row && row < layout.bottom }.flatMap { placed in
      let height = fields[placed.index].inputRows + placed.messages.count
      return row < placed.row + height ? placed.index : nil
    }
  }

  func draw(in rect: Rect, on canvas: Canvas, context: AppContext) -> (row: Int, column: Int)? {
    guard rect.height >= 3, rect.width >= 20 else { return nil }
    let catalog = context.catalog
    canvas.put(
      " " + titleText, row: rect.row, column: rect.column, width: rect.width, style: .title)
    let layout = layout(in: rect, catalog: catalog)
    for (offset, line) in layout.bannerLines.enumerated() {
      canvas.put(line, row: rect.row + 1 + offset, column: rect.column + 1, style: banner!.style)
    }
    if layout.scrolledAbove {
      canvas.put("▲", row: rect.row, column: rect.column + rect.width - 2, style: .hint)
    }
    if layout.moreBelow {
      canvas.put("▼", row: rect.row, column: rect.column + rect.width - 4, style: .hint)
    }
    let bottom = layout.bottom
    var cursor: (row: Int, column: Int)?
    var dropRow = 0
    for placed in layout.placed {
      let field = fields[placed.index]
      let focused = placed.index == focus
      let label = (focused ? "▸ " : "  ") + catalog[field.labelKey]
      canvas.put(
        label.clipped(to: layout.labelWidth + 3), row: placed.row, column: rect.column,
        style: focused ? .title : (field.message == nil ? .plain : .bad))
      let rows = min(field.inputRows, bottom - placed.row)
      let at = drawInput(
        field, focused: focused, row: placed.row, column: layout.inputColumn,
        width: layout.inputWidth, rows: rows, canvas: canvas, catalog: catalog)
      if focused {
        cursor = at ?? (placed.row, layout.inputColumn)
        dropRow = placed.row + 1
      }
      var row = placed.row + field.inputRows
      for line in placed.messages where row < bottom {
        canvas.put(line, row: row, column: layout.inputColumn, style: .bad)
        row += 1
      }
    }
    let drop = fields[focus].dropDown
    if !drop.isEmpty {
      drawDropDown(
        drop, highlight: fields[focus].highlight, row: dropRow, column: layout.inputColumn,
        width: layout.inputWidth, canvas: canvas, catalog: catalog)
    }
    for (offset, line) in layout.hintLines.enumerated() {
      canvas.put(
        " " + line, row: bottom + offset, column: rect.column, width: rect.width, style: .hint)
    }
    return cursor
  }

  private func drawInput(
    _ field: FormField, focused: Bool, row: Int, column: Int, width: Int, rows: Int,
    canvas: Canvas, catalog: Catalog
  ) -> (row: Int, column: Int)? {
    switch field.kind {
    case .choice(let options):
      let shown = Self.visibleOptions(options, chosen: field.choice, width: width)
      var x = column
      var at: (row: Int, column: Int)?
      if shown.lowerBound > 0 {
        canvas.put("‹", row: row, column: x, style: .hint)
        x += 2
      }
      for index in shown {
        let chosen = index == field.choice
        let style: Style =
          chosen ? (focused ? .selected : Style(bold: true, underline: true)) : .hint
        let text = " " + options[index].title + " "
        canvas.put(text, row: row, column: x, style: style)
        if chosen, focused { at = (row, x + 1) }
        x += text.displayWidth + 1
      }
      if shown.upperBound < options.count { canvas.put("›", row: row, column: x, style: .hint) }
      return at
    case .notes:
      return drawNotes(
        field, focused: focused, row: row, column: column, width: width, rows: rows,
        canvas: canvas)
    default:
      return drawLine(
        field, focused: focused, row: row, column: column, width: width, canvas: canvas)
    }
  }

  /// The options of a choice that fit in `width`, always with the chosen one; "‹ " and
  /// " ›" mark options left out on either side.
  static func visibleOptions(_ options: [FieldOption], chosen: Int, width: Int) -> Range<Int> {
    let widths = options.map { $0.title.displayWidth + 3 }
    func fits(_ range: Range<Int>) -> Bool {
      let markers = (range.lowerBound > 0 ? 2 : 0) + (range.upperBound < options.count ? 2 : 0)
      return widths[range].reduce(0, +) - 1 + markers <= width
    }
    guard !options.isEmpty else { return 0..<0 }
    var range = chosen..<(chosen + 1)
    while range.upperBound < options.count, fits(range.lowerBound..<(range.upperBound + 1)) {
      range = range.lowerBound..<(range.upperBound + 1)
    }
    while range.lowerBound > 0, fits((range.lowerBound - 1)..<range.upperBound) {
      range = (range.lowerBound - 1)..<range.upperBound
    }
    return range
  }

  /// One line that scrolls sideways so the cursor stays in view.
  private func drawLine(
    _ field: FormField, focused: Bool, row: Int, column: Int, width: Int, canvas: Canvas
  ) -> (row: Int, column: Int)? {
    canvas.put("", row: row, column: column, width: width, style: Self.inputStyle)
    let characters = field.secret ? field.text.map { _ in Character("*") } : Array(field.text)
    let cursor = focused ? field.line.cursor : 0
    var start = 0
    if focused {
      var used = 1
      start = cursor
      while start > 0, used + DisplayWidth.of(characters[start - 1]) <= width {
        used += DisplayWidth.of(characters[start - 1])
        start -= 1
      }
    }
    let style: Style = focused && field.fresh ? .selected : Self.inputStyle
    let visible = String(characters[start...]).clipped(to: width, ellipsis: !focused)
    canvas.put(visible, row: row, column: column, style: style)
    guard focused else { return nil }
    return (row, column + DisplayWidth.of(String(characters[start..<cursor])))
  }

  /// Notes wrapped over their rows; the rows scroll to keep the cursor's line in view.
  private func drawNotes(
    _ field: FormField, focused: Bool, row: Int, column: Int, width: Int, rows: Int,
    canvas: Canvas
  ) -> (row: Int, column: Int)? {
    let characters = Array(field.text)
    let lines = TextWrap.lines(characters, width: width)
    let at = TextWrap.position(of: field.line.cursor, in: lines, characters, width: width)
    let first = focused ? max(0, at.line - rows + 1) : 0
    for offset in 0..<rows {
      canvas.put("", row: row + offset, column: column, width: width, style: Self.inputStyle)
      let index = first + offset
      guard lines.indices.contains(index) else { continue }
      let text = String(characters[lines[index]])
      canvas.put(
        text, row: row + offset, column: column,
        style: focused && field.fresh ? .selected : Self.inputStyle)
    }
    return focused ? (row + at.line - first, column + at.column) : nil
  }

  private func drawDropDown(
    _ options: [FieldOption], highlight: Int, row: Int, column: Int, width: Int, canvas: Canvas,
    catalog: Catalog
  ) {
    for (offset, option) in options.prefix(Self.dropDownRows).enumerated() {
      canvas.put(
        " " + option.title, row: row + offset, column: column, width: width,
        style: offset == highlight ? .selected : Style(color: .accent, reverse: false))
    }
    if options.count > Self.dropDownRows {
      canvas.put(
        " " + catalog.format("form.pick.more", options.count - Self.dropDownRows),
        row: row + Self.dropDownRows, column: column, width: width, style: .hint)
    }
  }
}
