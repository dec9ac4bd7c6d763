import ANTQCore
import ANTQTUI
import Testing

@Suite struct TabBarTests {
  let titles = [
    "Tổng quan", "Xã, phường", "Mô hình", "Tổ bảo vệ", "Tuần tra", "Tin báo", "Báo cáo năm",
  ]

  @Test func allTitlesFitAt120() {
    let canvas = GridCanvas(rows: 1, columns: 120)
    TabBar.draw(titles: titles, current: 1, row: 0, into: canvas)
    #expect(
      canvas.lines == [
        " 1 Tổng quan  2 Xã, phường  3 Mô hình  4 Tổ bảo vệ  5 Tuần tra  6 Tin báo  7 Báo cáo năm"
      ])
    #expect(canvas.style(row: 0, column: 13) == TabBar.currentStyle)  // " 2 Xã, phường "
    #expect(canvas.style(row: 0, column: 2) == TabBar.otherStyle)
  }

  @Test func otherScreensTakeTheirShortTitlesAt80AndNoWordIsCut() {
    let canvas = GridCanvas(rows: 1, columns: 80)
    let short = ["Tổng quan", "Xã", "Mô hình", "Tổ", "Tuần tra", "Tin báo", "Báo cáo"]
    TabBar.draw(titles: titles, short: short, current: 1, row: 0, into: canvas)
    #expect(
      canvas.lines == [
        " 1 Tổng quan  2 Xã, phường  3 Mô hình  4 Tổ  5 Tuần tra  6 Tin báo  7 Báo cáo"
      ])
    #expect(!canvas.screen.contains("…"))
  }

  @Test func withoutRoomForShortTitlesTheOthersAreNumbers() {
    let canvas = GridCanvas(rows: 1, columns: 40)
    TabBar.draw(titles: titles, short: titles, current: 4, row: 0, into: canvas)
    #expect(canvas.lines == [" 1  2  3  4  5 Tuần tra  6  7"])
    #expect(canvas.style(row: 0, column: 13) == TabBar.currentStyle)
  }
}

@Suite struct StatusBarTests {
  let catalog = CatalogFixture.vi

  func draw(width: Int, filter: String?) -> GridCanvas {
    let canvas = GridCanvas(rows: 1, columns: width)
    StatusBar.draw(
      message: StatusBar.recordSummary(count: 10_000, filter: filter, catalog: catalog),
      hints: CommandTable.standard.hints(in: .list, catalog: catalog), row: 0, into: canvas)
    return canvas
  }

  @Test func wideTerminalShowsMoreHints() {
    #expect(
      draw(width: 120, filter: "dong luong").lines == [
        "10.000 bản ghi · lọc: dong luong  ? Trợ giúp  q Thoát  / Lọc  Esc Quay lại"
          + "  Enter Xem chi tiết  n Thêm mới  e Sửa  d Xóa"
      ])
  }

  @Test func hintsThatDoNotFitAreDroppedAt80() {
    let canvas = draw(width: 80, filter: "dong luong")
    #expect(
      canvas.lines == [
        "10.000 bản ghi · lọc: dong luong        ? Trợ giúp  q Thoát  / Lọc  Esc Quay lại"
      ])
    #expect(canvas.style(row: 0, column: 40) == StatusBar.keyStyle)  // "?"
    #expect(canvas.style(row: 0, column: 42) == StatusBar.titleStyle)
  }

  @Test func englishSummaryWithoutFilter() {
    #expect(
      StatusBar.recordSummary(count: 1_234_567, filter: nil, catalog: CatalogFixture.en)
        == "1,234,567 records")
  }

  @Test func aLongMessageIsShownWholeAndTheHintsGiveWay() {
    let canvas = GridCanvas(rows: 1, columns: 80)
    let message = "Đã lưu tuần tra ngày 12/03/2025 của Tổ bảo vệ an ninh, trật tự Thôn Đông"
    StatusBar.draw(
      message: message, hints: CommandTable.standard.hints(in: .list, catalog: catalog), row: 0,
      into: canvas)
    #expect(canvas.lines == [message])
  }

  @Test func aMessageWiderThanTheLineWrapsUpwardsOverTheHints() {
    let canvas = GridCanvas(rows: 3, columns: 80)
    canvas.put("body", row: 0, column: 0, style: .plain)
    canvas.put("body", row: 1, column: 0, style: .plain)
    let message =
      "Không lưu được: ổ đĩa đã đầy (còn 0 byte trong /srv/antq). Hãy giải phóng chỗ rồi bấm "
      + "F2 để thử lại; mọi thứ đã gõ vẫn còn."
    StatusBar.draw(
      message: message, hints: CommandTable.standard.hints(in: .list, catalog: catalog), row: 2,
      into: canvas, messageStyle: .bad)
    #expect(
      canvas.lines == [
        "body",
        "Không lưu được: ổ đĩa đã đầy (còn 0 byte trong /srv/antq). Hãy giải phóng chỗ",
        "rồi bấm F2 để thử lại; mọi thứ đã gõ vẫn còn.",
      ])
    #expect(canvas.style(row: 1, column: 0) == .bad)
  }
}
