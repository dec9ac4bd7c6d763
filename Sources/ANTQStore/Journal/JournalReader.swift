import ANTQCore
import Foundation

/// The journal as read from disk: its good lines and, when the last line is torn or damaged
/// (the program stopped while writing it), that line, dropped.
struct JournalContents {
  struct Dropped: Equatable {
    /// 1-based line number.
    let line: Int
    let problem: JournalProblem
    let bytes: [UInt8]
  }

  var lines: [JournalLine] = []
  /// Bytes up to the end of the last good line.
  var goodLength = 0
  var dropped: Dropped?
}

enum JournalReader {
  /// Every line and every problem, in file order: for `check`.
  static func scan(_ bytes: [UInt8]) -> [(line: Int, result: Result<JournalLine, JournalProblem>)] {
    var results: [(Int, Result<JournalLine, JournalProblem>)] = []
    var start = 0
    var number = 0
    var expected: Int?
    while start < bytes.count {
      number += 1
      guard let end = bytes[start...].firstIndex(of: 0x0A) else {
        results.append((number, .failure(.torn)))
        break
      }
      var result = JournalLine.parse(bytes[start..<end])
      if case .success(let line) = result {
        if let expected, line.sequence != expected {
          result = .failure(.outOfSequence(expected: expected, found: line.sequence))
        }
        expected = line.sequence + 1
      }
      results.append((number, result))
      start = end + 1
    }
    return results
  }

  /// The journal's lines; a damaged last line is dropped, a damaged line before it throws.
  static func read(_ path: String) throws(StoreError) -> JournalContents {
    guard FileIO.kind(path) != .missing else { return JournalContents() }
    let bytes = [UInt8](try FileIO.read(path))
    let scanned = scan(bytes)
    var contents = JournalContents()
    for (index, entry) in scanned.enumerated() {
      switch entry.result {
      case .success(let line):
        contents.lines.append(line)
        contents.goodLength = bytes[contents.goodLength...].firstIndex(of: 0x0A)! + 1
      case .failure(let problem):
        guard index == scanned.count - 1 else {
          throw StoreError.journalDamaged(file: path, line: entry.line, problem: problem)
        }
        contents.dropped = .init(
          line: entry.line, problem: problem, bytes: Array(bytes[contents.goodLength...]))
      }
    }
    return contents
  }
}
