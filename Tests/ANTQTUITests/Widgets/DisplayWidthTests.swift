import ANTQTUI
import Testing

@Suite struct DisplayWidthTests {
  @Test func vietnameseLettersAreOneColumnPrecomposedOrCombining() {
    let precomposed = "Đồng Lương"
    let combining = precomposed.decomposedStringWithCanonicalMapping
    #expect(combining.unicodeScalars.count > precomposed.unicodeScalars.count)
    #expect(precomposed.displayWidth == 10)
    #expect(combining.displayWidth == 10)
  }

  @Test func eastAsianWideCharactersAreTwoColumns() {
    #expect("中文".displayWidth == 4)
    #expect("ＡＢ".displayWidth == 4)
    #expect("a\u{0301}".displayWidth == 1)
  }

  @Test func clippingAddsEllipsisAndNeverSplitsACluster() {
    #expect("Phường Nguyễn Trãi".clipped(to: 10) == "Phường Ng…")
    #expect("Phường".clipped(to: 10) == "Phường")
    #expect("中文字".clipped(to: 4) == "中…")
    #expect("中文字".clipped(to: 3, ellipsis: false) == "中")
    let combining = "Đồng".decomposedStringWithCanonicalMapping
    let cut = combining.clipped(to: 2, ellipsis: false)
    #expect(cut == "Đồ")
    #expect(cut.unicodeScalars.last == "\u{0300}")
  }

  @Test func paddingAlignsByDisplayWidth() {
    #expect("Xã".padded(to: 5) == "Xã   ")
    #expect("Xã".padded(to: 5, alignment: .right) == "   Xã")
    #expect("Xã".padded(to: 6, alignment: .center) == "  Xã  ")
    #expect("中文字".padded(to: 4) == "中… ")
    #expect("Đồng Lương".padded(to: 6) == "Đồng …")
  }

  @Test func wrappingBreaksAtSpaces() {
    #expect(
      "Xóa tổ bảo vệ an ninh Thôn Đông?".wrapped(to: 12) == [
        "Xóa tổ bảo", "vệ an ninh", "Thôn Đông?",
      ])
  }
}
