import ANTQCore
import Foundation
import Testing

@Suite struct TextFoldingTests {
  @Test func vietnameseFoldsToPlainLowerCaseLetters() {
    #expect("Đồng Lương".folded == "dong luong")
    #expect("ĐẠO TRÙ".folded == "dao tru")
    #expect("Ấp Mỹ Á, bản Mông".folded == "ap my a, ban mong")
  }

  @Test func decomposedInputFoldsLikePrecomposed() {
    let decomposed = "Đồng Lương".decomposedStringWithCanonicalMapping
    #expect(decomposed.unicodeScalars.count > "Đồng Lương".unicodeScalars.count)
    #expect(decomposed.folded == "dong luong")
  }

  @Test func everyLatinAndVietnameseLetterFoldsAsFoundationWould() {
    for value in Array(0x00C0...0x024F) + Array(0x1EA0...0x1EFF) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = String(scalar)
      let expected = text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars
        .filter { !(0x0300...0x036F).contains($0.value) }
        .map { $0.value == 0x0111 ? "d" : String($0) }.joined()
      #expect(text.folded == expected, "U+\(String(value, radix: 16))")
    }
  }
}
