import ANTQCore

extension App {
  /// How the terminal draws bars (ASCII where block glyphs are missing); set by the edge.
  public mutating func useChartGlyphs(_ glyphs: ChartGlyphs) {
    context.chartGlyphs = glyphs
    contextChanged()
  }

  /// `b` / `:chart`: the list's column of numbers as bars, one a row, labelled by the row's
  /// first column that is not one of numbers, in the list's filter and sort. The column is
  /// the one the list is sorted by when it holds numbers (`<` `>` choose it), else the first
  /// that does. The bars are kept as numbers; only the lines on screen are made.
  mutating func showChart(on canvas: Canvas) {
    let catalog = context.catalog
    guard let list = screen.shownList(context), list.count > 0 else {
      message = (catalog["chart.list.empty"], .warning)
      return
    }
    let columns = list.titles.indices
    let chosen =
      list.sortColumn.flatMap { list.holdsNumbers($0) ? $0 : nil }
      ?? columns.first(where: list.holdsNumbers)
    guard let column = chosen else {
      message = (catalog["chart.list.noNumbers"], .warning)
      return
    }
    let labelColumn = columns.first { !list.holdsNumbers($0) }
    let bars = (0..<list.count).map { row in
      BarChart.Bar(
        labelColumn.map { list.text(row, $0) } ?? "\(row + 1)", list.number(row, column))
    }
    let numbers = context.numbers
    let width = max(20, canvas.columns - 8)
    let lines =
      TextLines([catalog.format("chart.list.rows", numbers.integer(bars.count)), ""])
      + BarChart(bars, glyphs: context.chartGlyphs).horizontal(width: width, numbers: numbers)
    overlays.append(
      .help(
        HelpOverlay(
          title: catalog.format("chart.list.title", list.titles[column]), lines: lines,
          catalog: catalog)))
  }
}
