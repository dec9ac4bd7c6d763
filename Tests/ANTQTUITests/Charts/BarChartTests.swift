import ANTQCore
import ANTQTUI
import Testing

@Suite struct BarChartTests {
  let numbers = NumberStyle(.vi)

  @Test func horizontalBarsAreScaledToTheLargestInEighths() {
    let chart = BarChart([.init("a", 16), .init("bb", 3), .init("c", 0)], glyphs: .blocks)
    let lines = chart.horizontalLines(width: 12, numbers: numbers)
    // Label 2 + space, 6 cells of bar, space, value 2.
    #expect(lines == ["a  ██████ 16", "bb █▏      3", "c          0"])
  }

  @Test func asciiBarsAreWholeCellsAndAValueAboveZeroIsNeverBlank() {
    let chart = BarChart([.init("a", 1000), .init("b", 1)], glyphs: .ascii)
    #expect(
      chart.horizontalLines(width: 16, numbers: numbers) == [
        "a ######## 1.000", "b #            1",
      ])
  }

  @Test func verticalBarsFillFromTheBottom() {
    let chart = BarChart([.init("1", 4), .init("2", 1), .init("3", 0)], glyphs: .blocks)
    #expect(chart.verticalLines(height: 2, columnWidth: 2) == ["█     ", "█ ▄   ", "1 2 3 "])
    let ascii = BarChart(chart.bars, glyphs: .ascii)
    #expect(ascii.verticalLines(height: 2, columnWidth: 2) == ["#     ", "# #   ", "1 2 3 "])
  }

  @Test func theTerminalDecidesTheGlyphs() {
    #expect(ChartGlyphs.forTerminal(hasColors: true, utf8: true) == .blocks)
    #expect(ChartGlyphs.forTerminal(hasColors: false, utf8: true) == .ascii, "vt100")
    #expect(ChartGlyphs.forTerminal(hasColors: true, utf8: false) == .ascii)
  }
}
