/// The folded search texts of a table's rows in one byte buffer, so that filtering 30,000
/// rows compares bytes instead of walking Characters. A row matches a word when the word's
/// folded bytes occur in the row's folded text, as `folded.contains(word)` would tell.
public struct FoldedSearch: Sendable {
  /// Every row's folded text, one after another.
  private var bytes: [UInt8] = []
  /// Where each row's text starts; one more entry marks the end of the last.
  private var starts: [Int] = [0]

  public init() {}

  /// The rows added so far.
  public var count: Int { starts.count - 1 }

  /// Adds the next row's search text.
  public mutating func append(_ text: String) {
    text.appendFolded(to: &bytes)
    starts.append(bytes.count)
  }

  /// The rows of `pool`, in its order, whose text contains every word of `words` (folded
  /// words, none empty).
  public func filter(_ pool: [Int], containingAll words: [String]) -> [Int] {
    let needles = words.map { Array($0.utf8) }.filter { !$0.isEmpty }
    guard !needles.isEmpty else { return pool }
    return bytes.withUnsafeBufferPointer { buffer in
      pool.filter { row in
        let start = starts[row]
        let end = starts[row + 1]
        return needles.allSatisfy { Self.find($0, in: buffer, from: start, to: end) }
      }
    }
  }

  private static func find(
    _ needle: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int
  ) -> Bool {
    let last = end - needle.count
    guard last >= start else { return false }
    let first = needle[0]
    var position = start
    while position <= last {
      if buffer[position] == first {
        var matched = 1
        while matched < needle.count && buffer[position + matched] == needle[matched] {
          matched += 1
        }
        if matched == needle.count { return true }
      }
      position += 1
    }
    return false
  }
}
