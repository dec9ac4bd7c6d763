import ANTQCore

/// Whole-number sort keys and the orders they give, so that sorting 30,000 rows never
/// compares strings row against row, and turning the order round costs one pass.
enum SortRanks {
  /// One key per row such that ordering by key is ordering by folded text: each distinct
  /// text is folded once, and texts that fold alike share a key.
  static func texts(count: Int, _ text: (Int) -> String) -> [Int] {
    var ids: [String: Int] = [:]
    var distinct: [String] = []
    var rowIDs = [Int](repeating: 0, count: count)
    for row in 0..<count {
      let value = text(row)
      if let id = ids[value] {
        rowIDs[row] = id
      } else {
        ids[value] = distinct.count
        rowIDs[row] = distinct.count
        distinct.append(value)
      }
    }
    let folded = distinct.map(\.folded)
    let byText = folded.indices.sorted { folded[$0] < folded[$1] }
    var rank = [Int](repeating: 0, count: distinct.count)
    var current = 0
    for (position, id) in byText.enumerated() {
      if position > 0 && folded[id] != folded[byText[position - 1]] { current += 1 }
      rank[id] = current
    }
    return rowIDs.map { rank[$0] }
  }

  /// Row indices ordered by `keys`, smallest first when `ascending`, largest first when not;
  /// rows with equal keys keep their own order either way.
  static func order(_ keys: [Int], ascending: Bool) -> [Int] {
    guard let low = keys.min(), let high = keys.max() else { return [] }
    let (span, overflow) = high.subtractingReportingOverflow(low)
    guard !overflow, span <= 2 * keys.count + 1024 else {
      return keys.indices.sorted { a, b in
        if keys[a] != keys[b] { return (keys[a] < keys[b]) == ascending }
        return a < b
      }
    }
    // Counting sort: stable, one pass to count and one to place.
    var next = [Int](repeating: 0, count: span + 1)
    for key in keys { next[key - low] += 1 }
    var start = 0
    for bucket in ascending ? Array(0...span) : Array((0...span).reversed()) {
      let size = next[bucket]
      next[bucket] = start
      start += size
    }
    var ordered = [Int](repeating: 0, count: keys.count)
    for (row, key) in keys.enumerated() {
      ordered[next[key - low]] = row
      next[key - low] += 1
    }
    return ordered
  }
}
