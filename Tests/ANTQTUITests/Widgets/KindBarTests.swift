import ANTQCore
import ANTQTUI
import Testing

@Suite struct KindBarTests {
  let titles = [
    "Tuyên truyền", "Phân luồng giao thông", "Vụ việc", "Cứu nạn", "Hồ sơ giáo dục",
    "Chấp hành án", "Truy nã",
  ]
  let short = [
    "Tuyên truyền", "Giao thông", "Vụ việc", "Cứu nạn", "Giáo dục", "Chấp hành án", "Truy nã",
  ]

  @Test func everyTitleWholeWhenThereIsRoom() {
    let canvas = GridCanvas(rows: 1, columns: 120)
    KindBar.draw(
      titles: titles, short: short, current: 1, row: 0, column: 0, width: 120, into: canvas)
    #expect(
      canvas.lines == [
        "  Tuyên truyền  Phân luồng giao thông  Vụ việc  Cứu nạn  Hồ sơ giáo dục  Chấp hành án  Truy nã"
      ])
    #expect(canvas.style(row: 0, column: 17) == TabBar.currentStyle)
  }

  @Test func theOthersTakeTheirShortTitlesAt80() {
    let canvas = GridCanvas(rows: 1, columns: 80)
    KindBar.draw(
      titles: titles, short: short, current: 6, row: 0, column: 0, width: 80, into: canvas)
    #expect(
      canvas.lines == [
        "  Tuyên truyền  Giao thông  Vụ việc  Cứu nạn  Giáo dục  Chấp hành án  Truy nã"
      ])
  }

  @Test func whenEvenShortTitlesDoNotFitTheCurrentOneIsWholeAndArrowsSayMoreLieBeyond() {
    let canvas = GridCanvas(rows: 1, columns: 80)
    for current in titles.indices {
      KindBar.draw(
        titles: titles, short: short, current: current, row: 0, column: 0, width: 50, into: canvas)
      let line = canvas.lines[0]
      #expect(line.contains(" \(titles[current])"), "\(current): \(line)")
      #expect(!line.contains("…"), "\(line)")
      #expect(line.hasPrefix("‹") != line.contains("Tuyên truyền"), "\(current): \(line)")
      #expect(line.hasSuffix("›") != line.contains("Truy nã"), "\(current): \(line)")
      #expect(line.hasPrefix("‹") || line.hasSuffix("›"), "\(current): \(line)")
    }
  }
}
