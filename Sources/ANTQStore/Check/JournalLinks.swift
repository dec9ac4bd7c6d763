/// Every line of one journal by the hash the line after it would name: when a line's chain
/// does not name the line before it, `antq check` looks here for the line it does name, to
/// say the lines were moved. Built only when a chain is broken.
final class JournalLinks {
  private let bytes: [UInt8]
  private lazy var numbers: [String: Int] = {
    var numbers: [String: Int] = [:]
    var start = 0
    var number = 0
    while let end = bytes[start...].firstIndex(of: 0x0A) {
      number += 1
      numbers[JournalChain.link(bytes[start...end])] = number
      start = end + 1
    }
    return numbers
  }()

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The number of the line whose hash is `hash`, if the journal has one.
  func line(withHash hash: String) -> Int? { numbers[hash] }

  /// The first line missing from a journal that `folded.json` says was folded up to
  /// `position`, now `lines` lines and `bytes` bytes long: lines removed from its end.
  static func foldedLinesMissing(_ position: JournalFolder.Position?, lines: Int, bytes: Int)
    -> Int?
  {
    guard let position, lines < position.lines || bytes < position.bytes else { return nil }
    return min(lines, position.lines) + 1
  }
}
