import ANTQCore
import Testing

@testable import ANTQTUI

@Suite struct SortRanksTests {
  /// The order the lists always had: by key, ties in row order, either direction.
  static func naive<Key: Comparable>(_ keys: [Key], ascending: Bool) -> [Int] {
    keys.indices.sorted { a, b in
      if keys[a] != keys[b] { return (keys[a] < keys[b]) == ascending }
      return a < b
    }
  }

  @Test func textRanksOrderLikeFoldedTextsWithTiesInRowOrder() {
    let names = ["Đạo Trù", "dao tru", "Ấp Mỹ", "Chí Đám", "ap my", "Bản", "Chí Đám", "", "Ba"]
    let ranks = SortRanks.texts(count: names.count) { names[$0] }
    for ascending in [true, false] {
      #expect(
        SortRanks.order(ranks, ascending: ascending)
          == Self.naive(names.map(\.folded), ascending: ascending))
    }
  }

  @Test func numberOrdersMatchASortSmallOrWideApart() {
    var generator = SystemRandomNumberGenerator()
    let small = (0..<500).map { _ in Int.random(in: -3...7, using: &generator) }
    let wide = (0..<500).map { _ in Int.random(in: -1_000_000...1_000_000, using: &generator) }
    for keys in [small, wide, [], [5], [Int.min, Int.max, 0]] {
      for ascending in [true, false] {
        #expect(
          SortRanks.order(keys, ascending: ascending) == Self.naive(keys, ascending: ascending))
      }
    }
  }
}
