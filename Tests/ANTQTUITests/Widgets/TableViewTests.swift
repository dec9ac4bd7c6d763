import ANTQCore
import ANTQTUI
import Testing

@Suite struct TableViewTests {
  let catalog = CatalogFixture.vi

  @Test func drawsOnlyTheVisibleRowsOfTenThousand() {
    let canvas = GridCanvas(rows: 8, columns: 80)
    let source = CountingSource(rowCount: 10_000)
    var state = TableState(sortColumn: 1, ascending: false)
    for _ in 0..<9 { state.move(.down, rowCount: source.rowCount, visibleRows: 7) }
    #expect(state.selected == 9)
    #expect(state.top == 3)
    TableView.draw(source, state: state, in: Rect(canvas), into: canvas, catalog: catalog)
    #expect(
      canvas.lines == [
        "   STT Xã, phường ▼                                     Tổ bảo vệ An toàn ANTT",
        "     4 Phường Nguyễn Trãi 4                                     3 đạt",
        "     5 Xã Đồng Lương số 5                                       4 đạt",
        "     6 Phường Nguyễn Trãi 6                                     5 chưa đạt",
        "     7 Xã Đồng Lương số 7                                       6 đạt",
        "     8 Phường Nguyễn Trãi 8                                     7 đạt",
        "     9 Xã Đồng Lương số 9                                       8 đạt",
        "    10 Phường Nguyễn Trãi 10                                    9 đạt",
      ])
    #expect(source.cellRequests == 7 * 4)
    #expect(source.requestedRows == Set(3...9))
    // The selected row is highlighted across the line, other rows are not.
    #expect(canvas.style(row: 7, column: 0).reverse)
    #expect(canvas.style(row: 7, column: 79).reverse)
    #expect(!canvas.style(row: 6, column: 0).reverse)
    // A data source's own style reaches the screen: "chưa đạt" in red.
    #expect(canvas.style(row: 3, column: 71) == .bad)
    #expect(canvas.style(row: 0, column: 3) == TableView.headerStyle)
  }

  @Test func flexibleColumnTakesExtraSpaceAt120() {
    let canvas = GridCanvas(rows: 2, columns: 120)
    let source = CountingSource(rowCount: 10_000)
    TableView.draw(source, state: TableState(), in: Rect(canvas), into: canvas, catalog: catalog)
    #expect(
      canvas.lines == [
        "   STT Xã, phường" + String(repeating: " ", count: 79) + "Tổ bảo vệ An toàn ANTT",
        "     1 Xã Đồng Lương số 1" + String(repeating: " ", count: 79) + "0 chưa đạt",
      ])
  }

  @Test func narrowSpaceShrinksFlexibleColumnsAndClipsWithEllipsis() {
    let canvas = GridCanvas(rows: 3, columns: 50)
    let source = CountingSource(rowCount: 10_000)
    let rect = Rect(row: 0, column: 5, width: 40, height: 3)
    TableView.draw(
      source, state: TableState(sortColumn: 1, ascending: true), in: rect, into: canvas,
      catalog: catalog)
    #expect(
      canvas.lines == [
        "        STT Xã, phư… ▲  Tổ bảo vệ An toàn AN…",
        "          1 Xã Đồng L…          0 chưa đạt",
        "          2 Phường Ng…          1 đạt",
      ])
  }

  @Test func endScrollsToTheLastPageAndHundredThousandRowsCostOnlyThePage() {
    let source = CountingSource(rowCount: 100_000)
    let canvas = GridCanvas(rows: 24, columns: 80)
    var state = TableState()
    state.move(.end, rowCount: source.rowCount, visibleRows: 23)
    #expect(state.selected == 99_999)
    #expect(state.top == 99_977)
    TableView.draw(source, state: state, in: Rect(canvas), into: canvas, catalog: catalog)
    #expect(source.cellRequests == 23 * 4)
    #expect(canvas.lines[23].hasPrefix("100000 Phường Nguyễn Trãi 100000"))
    #expect(canvas.style(row: 23, column: 0).reverse)
  }

  @Test func emptyTableSaysSo() {
    let canvas = GridCanvas(rows: 3, columns: 80)
    let source = CountingSource(rowCount: 0)
    TableView.draw(source, state: TableState(), in: Rect(canvas), into: canvas, catalog: catalog)
    #expect(canvas.lines[1] == String(repeating: " ", count: 30) + "Không có bản ghi nào")
    #expect(source.cellRequests == 0)
  }
}

@Suite struct TableStateTests {
  @Test func movementIsClampedAndKeepsTheSelectionVisible() {
    var state = TableState()
    state.move(.up, rowCount: 50, visibleRows: 10)
    #expect(state.selected == 0)
    state.move(.pageDown, rowCount: 50, visibleRows: 10)
    #expect((state.selected, state.top) == (10, 10))
    state.move(.pageDown, rowCount: 50, visibleRows: 10)
    state.move(.pageDown, rowCount: 50, visibleRows: 10)
    state.move(.pageDown, rowCount: 50, visibleRows: 10)
    #expect((state.selected, state.top) == (40, 40))
    state.move(.pageDown, rowCount: 50, visibleRows: 10)
    #expect((state.selected, state.top) == (49, 40))
    state.move(.up, rowCount: 50, visibleRows: 10)
    #expect((state.selected, state.top) == (48, 40))
    state.move(.home, rowCount: 50, visibleRows: 10)
    #expect((state.selected, state.top) == (0, 0))
  }

  @Test func filteringToFewerRowsPullsSelectionBack() {
    var state = TableState(selected: 400, top: 395)
    state.clamp(rowCount: 12, visibleRows: 10)
    #expect((state.selected, state.top) == (11, 2))
    state.clamp(rowCount: 0, visibleRows: 10)
    #expect((state.selected, state.top) == (0, 0))
  }

  @Test func sortCommandsCycleColumnsAndFlipOrder() {
    var state = TableState()
    let table = CommandTable.standard
    func press(_ key: Key) {
      let id = table.command(for: key, in: .list)!
      let handled = state.apply(id, rowCount: 100, visibleRows: 10, columnCount: 4)
      #expect(handled)
    }
    press(.text(">"))
    #expect(state.sortColumn == 0)
    press(.text(">"))
    press(.text("s"))
    #expect((state.sortColumn, state.ascending) == (1, false))
    press(.text("<"))
    press(.text("<"))
    #expect((state.sortColumn, state.ascending) == (3, true))
    press(.text("G"))
    #expect(state.selected == 99)
    let handled = state.apply(.open, rowCount: 100, visibleRows: 10, columnCount: 4)
    #expect(!handled)
  }
}
