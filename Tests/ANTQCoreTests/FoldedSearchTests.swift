import ANTQCore
import Foundation
import Testing

@Suite struct FoldedSearchTests {
  /// The definition the fast folder must keep: decompose, drop marks, lower-case, đ → d.
  static func reference(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      switch scalar.value {
      case 0x0300...0x036F: continue
      case 0x0111: out.append("d")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  @Test func byteFoldingMatchesTheDefinitionOnEveryKindOfText() {
    let samples = [
      "Camera an ninh – Chí Đám", "ĐẠO TRÙ “Tổ tự quản”", "Ấp Mỹ Á… bản Mông", "Ærø ß",
      "Khu 3 • 日本語 😀", "Nguyễn Thị Ưng", "e\u{301}",
    ]
    for text in samples {
      #expect(text.folded == Self.reference(text), "\(text)")
      var bytes: [UInt8] = [1]
      text.appendFolded(to: &bytes)
      #expect(bytes == [1] + Array(Self.reference(text).utf8), "\(text)")
    }
  }

  @Test func findsRowsContainingEveryWordAccentsOptional() {
    var search = FoldedSearch()
    for text in ["Camera an ninh – Chí Đám", "Tổ tự quản – Đạo Trù", "Chí Đám cũ", ""] {
      search.append(text)
    }
    #expect(search.count == 4)
    #expect(search.filter([0, 1, 2, 3], containingAll: ["chi", "dam"]) == [0, 2])
    #expect(search.filter([2, 1, 0], containingAll: ["–"]) == [1, 0])
    #expect(search.filter([0, 1, 2, 3], containingAll: ["camera", "tru"]).isEmpty)
    #expect(search.filter([0, 1, 2], containingAll: ["damto"]).isEmpty, "no match across rows")
  }

  @Test func oneCommuneSummaryIsItsRowOfTheWholeTable() {
    let data = DemoFixture.data
    for year in data.years {
      let asOf = Day(year: year, month: 6, day: 30)!
      for summary in CommuneSummary.all(in: data, year: year, asOf: asOf) {
        #expect(CommuneSummary.one(summary.communeID, in: data, year: year, asOf: asOf) == summary)
      }
    }
    #expect(CommuneSummary.one("no such commune", in: data, year: 2025) == nil)
  }
}
