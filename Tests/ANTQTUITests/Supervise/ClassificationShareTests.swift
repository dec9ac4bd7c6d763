import ANTQCore
import ANTQTUI
import Testing

/// Circular 124/2021 art. 5(4) on the classification form: a commune with 69 % of its units
/// recognised cannot be marked đạt, and the form says why before and after F2.
@Suite(.serialized) @MainActor struct ClassificationShareTests {
  /// Chí Đám with `percent` % of its residential areas and institutions recognised in 2025.
  private func data(percent: Int) -> (ProvinceData, Share) {
    var data = AppFixture.demo
    let chiDam = data.communes.first { $0.name == "Chí Đám" }!
    let units =
      data.residentialAreas.filter { $0.communeID == chiDam.id }.map {
        Subject(.residentialArea, $0.id)
      }
      + data.institutions.filter { $0.communeID == chiDam.id && $0.classified }.map {
        Subject(.institution, $0.id)
      }
    // 69 %: rounded down, so under 70; 70 %: rounded up, so at least 70.
    let met = percent < 70 ? units.count * percent / 100 : (units.count * percent + 99) / 100
    for (i, unit) in units.enumerated() {
      guard let a = data.assessments.firstIndex(where: { $0.year == 2025 && $0.subject == unit })
      else { continue }
      data.assessments[a].result = i < met ? .met : .notMet
    }
    return (data, Share(met, units.count))
  }

  /// The form as it opens, the screen after F2, what was saved.
  private func classifyChiDam(_ data: ProvinceData) -> (String, GridCanvas, [Change]) {
    var app = App(data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today)
    let canvas = GridCanvas(rows: 30, columns: 100)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .text("a"), on: canvas)
    let before = canvas.screen
    app.press(.tab, on: canvas)
    app.type("7/QĐ-UBND", on: canvas)
    let saved = app.pressRecording(.function(2), on: canvas)
    return (before, canvas, saved)
  }

  @Test func aCommuneWith69PercentCannotBeMarkedDatAndTheFormSaysWhy() {
    let (data, share) = data(percent: 69)
    #expect(share.numerator * 100 < share.denominator * 70)
    let (screen0, canvas, saved) = classifyChiDam(data)
    // The banner wraps: read it as words.
    let before = screen0.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(before.contains("\(share.numerator)/\(share.denominator)"), "\(before)")
    #expect(before.contains("cần từ 70 %") && before.contains("mô hình hiệu quả: có"))
    #expect(saved.isEmpty)
    let screen = canvas.screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(screen.contains("Thông tư 124/2021/TT-BCA, Điều 5(4): Chí Đám mới có"), "\(screen)")
    #expect(screen.contains("\(share.numerator)/\(share.denominator)"))
    #expect(screen.contains("cần từ 70%"))
  }

  @Test func aCommuneWith70PercentCanBeMarkedDat() {
    let (data, share) = data(percent: 70)
    #expect(share.numerator * 100 >= share.denominator * 70)
    let (_, _, saved) = classifyChiDam(data)
    #expect(saved.count == 1)
  }
}
