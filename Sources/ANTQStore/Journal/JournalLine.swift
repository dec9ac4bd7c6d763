import ANTQCore
import Foundation

/// One journal line: `{"seq":12,"crc":"89abcdef","years":[2019],"change":{…}}` and a line
/// break. `years` names the year files the change touches (the record's year, and its old
/// year when it moved); lines of a dated record whose years are unknown, and lines written
/// before the field existed, have none. The checksum covers the years' and the change's bytes
/// exactly as written, so the line is parsed by position (our writer's fixed layout), not by
/// a JSON reader that could re-order or re-escape.
struct JournalLine: Equatable {
  let sequence: Int
  let change: Change
  var years: [Int]? = nil

  static let fileName = "journal.jsonl"

  func encoded() throws(StoreError) -> [UInt8] {
    let body: Data
    do {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      body = try encoder.encode(change)
    } catch {
      throw StoreError.io(path: Self.fileName, operation: .write, reason: "\(error)")
    }
    let yearsText = Array(
      (years.map { "[" + $0.map(String.init).joined(separator: ",") + "]" } ?? "").utf8)
    let crc = CRC32.hex(CRC32.checksum(yearsText + body))
    var line = Array("{\"seq\":\(sequence),\"crc\":\"\(crc)\"".utf8)
    if !yearsText.isEmpty { line += Array(",\"years\":".utf8) + yearsText }
    line += Array(",\"change\":".utf8)
    line += body
    line += Array("}\n".utf8)
    return line
  }

  /// Parses one line without its line break.
  static func parse(_ line: ArraySlice<UInt8>) -> Result<JournalLine, JournalProblem> {
    let seqPrefix = Array("{\"seq\":".utf8)
    guard line.starts(with: seqPrefix) else { return .failure(.badFormat) }
    var rest = line.dropFirst(seqPrefix.count)
    let digits = rest.prefix { $0 >= 0x30 && $0 <= 0x39 }
    guard !digits.isEmpty, digits.count < 19,
      let sequence = Int(String(decoding: digits, as: UTF8.self))
    else { return .failure(.badFormat) }
    rest = rest.dropFirst(digits.count)
    let crcPrefix = Array(",\"crc\":\"".utf8)
    guard rest.starts(with: crcPrefix) else { return .failure(.badFormat) }
    rest = rest.dropFirst(crcPrefix.count)
    guard let crc = UInt32(String(decoding: rest.prefix(8), as: UTF8.self), radix: 16) else {
      return .failure(.badFormat)
    }
    rest = rest.dropFirst(8)
    guard rest.first == UInt8(ascii: "\"") else { return .failure(.badFormat) }
    rest = rest.dropFirst()
    var yearsText: ArraySlice<UInt8> = []
    let yearsPrefix = Array(",\"years\":[".utf8)
    if rest.starts(with: yearsPrefix) {
      rest = rest.dropFirst(yearsPrefix.count - 1)
      guard let close = rest.firstIndex(of: UInt8(ascii: "]")) else { return .failure(.badFormat) }
      yearsText = rest[...close]
      rest = rest[(close + 1)...]
    }
    let changePrefix = Array(",\"change\":".utf8)
    guard rest.starts(with: changePrefix), rest.last == UInt8(ascii: "}") else {
      return .failure(.badFormat)
    }
    let body = rest.dropFirst(changePrefix.count).dropLast()
    guard CRC32.checksum(yearsText + body) == crc else { return .failure(.checksumMismatch) }
    var years: [Int]?
    if !yearsText.isEmpty {
      let inner = yearsText.dropFirst().dropLast()
      let parts = inner.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
      let values = inner.isEmpty ? [] : parts.map { Int(String(decoding: $0, as: UTF8.self)) }
      guard values.allSatisfy({ $0 != nil }) else { return .failure(.badFormat) }
      years = values.map { $0! }
    }
    if let syntax = JSONSyntaxCheck.firstError(in: body) {
      let column = TextPosition(offset: syntax.offset + body.startIndex - line.startIndex, in: line)
      return .failure(.invalidJSON(column: column.column, problem: syntax.problem))
    }
    do {
      let change = try JSONDecoder().decode(Change.self, from: Data(body))
      return .success(JournalLine(sequence: sequence, change: change, years: years))
    } catch {
      return .failure(.undecodable(detail: Self.describe(error)))
    }
  }

  private static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .keyNotFound(let key, let context):
      return (context.codingPath + [key]).map(\.stringValue).joined(separator: ".")
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? context.debugDescription : path + ": " + context.debugDescription
    @unknown default: return "\(error)"
    }
  }
}
