import ANTQTUI
import Testing

@Suite struct GridCanvasTests {
  @Test func linesShowTextTrimmedAndStylesPerCell() {
    let canvas = GridCanvas(rows: 2, columns: 12)
    canvas.put("Tuần tra", row: 0, column: 2, style: .bad)
    #expect(canvas.lines == ["  Tuần tra", ""])
    #expect(canvas.style(row: 0, column: 2) == .bad)
    #expect(canvas.style(row: 0, column: 1) == .plain)
    #expect(canvas.style(row: 0, column: 9) == .bad)
  }

  @Test func combiningInputTakesOneCell() {
    let canvas = GridCanvas(rows: 1, columns: 6)
    canvas.put("Đồng".decomposedStringWithCanonicalMapping + "!", row: 0, column: 0, style: .plain)
    #expect(canvas.lines == ["Đồng!"])
  }

  @Test func wideCharactersTakeTwoCellsAndAreClippedWhole() {
    let canvas = GridCanvas(rows: 1, columns: 5)
    canvas.put("中文字", row: 0, column: 0, style: .plain)
    #expect(canvas.lines == ["中文"])
    canvas.put("x", row: 0, column: 1, style: .plain)
    #expect(canvas.lines == [" x文"])
  }

  @Test func textPastTheEdgeIsDropped() {
    let canvas = GridCanvas(rows: 1, columns: 4)
    canvas.put("abcdef", row: 0, column: 2, style: .plain)
    canvas.put("zz", row: 3, column: 0, style: .plain)
    #expect(canvas.lines == ["  ab"])
    canvas.clear()
    #expect(canvas.lines == [""])
  }
}
