import ANTQCore

extension App {
  /// How the terminal draws bars (ASCII where block glyphs are missing); set by the edge.
  public mutating func useChartGlyphs(_ glyphs: ChartGlyphs) {
    context.chartGlyphs = glyphs
    contextChanged()
  }

  /// `b` / `:chart`: the list's column of numbers as bars, one a row, labelled by the row's
  /// first text column, in the list's filter and sort. The column is the one the list is
  /// sorted by when it holds numbers (`<` `>` choose it), else the first that does.
  mutating func showChart(on canvas: Canvas) {
    let catalog = context.catalog
    guard let table = screen.exportTable(context), !table.rows.isEmpty else {
      message = (catalog["chart.list.empty"], .warning)
      return
    }
    let numbers = context.numbers
    let values = table.titles.indices.map { column in
      Self.integers(table.rows.map { $0[column] }, grouping: numbers.grouping)
    }
    let numeric = values.indices.filter { values[$0] != nil }
    let chosen = table.sortColumn.flatMap { numeric.contains($0) ? $0 : nil } ?? numeric.first
    guard let column = chosen, let counts = values[column] else {
      message = (catalog["chart.list.noNumbers"], .warning)
      return
    }
    let labelColumn = values.indices.first { values[$0] == nil }
    let bars = table.rows.indices.map { row in
      BarChart.Bar(labelColumn.map { table.rows[row][$0] } ?? "\(row + 1)", counts[row])
    }
    let width = max(20, canvas.columns - 8)
    let lines =
      [catalog.format("chart.list.rows", numbers.integer(bars.count)), ""]
      + BarChart(bars, glyphs: context.chartGlyphs).horizontalLines(width: width, numbers: numbers)
    overlays.append(
      .help(
        HelpOverlay(
          title: catalog.format("chart.list.title", table.titles[column]), text: lines,
          catalog: catalog)))
  }

  /// The cells as whole numbers (an empty cell counts 0), or nil when one is not a number.
  static func integers(_ cells: [String], grouping: Character) -> [Int]? {
    var out: [Int] = []
    out.reserveCapacity(cells.count)
    var any = false
    for cell in cells {
      let digits = cell.filter { $0 != grouping }
      if digits.isEmpty {
        out.append(0)
        continue
      }
      guard let value = Int(digits) else { return nil }
      any = true
      out.append(value)
    }
    return any ? out : nil
  }
}
