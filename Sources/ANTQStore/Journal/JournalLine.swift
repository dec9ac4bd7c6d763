import ANTQCore
import Foundation

/// One journal line: `{"seq":12,"crc":"89abcdef","change":{…}}` and a line break. The
/// checksum covers the change's bytes exactly as written, so the line is parsed by position
/// (our writer's fixed layout), not by a JSON reader that could re-order or re-escape.
struct JournalLine: Equatable {
  let sequence: Int
  let change: Change

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
    let crc = CRC32.hex(CRC32.checksum(body))
    var line = Array("{\"seq\":\(sequence),\"crc\":\"\(crc)\",\"change\":".utf8)
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
    let changePrefix = Array("\",\"change\":".utf8)
    guard rest.starts(with: changePrefix), rest.last == UInt8(ascii: "}") else {
      return .failure(.badFormat)
    }
    let body = rest.dropFirst(changePrefix.count).dropLast()
    guard CRC32.checksum(body) == crc else { return .failure(.checksumMismatch) }
    do {
      let change = try JSONDecoder().decode(Change.self, from: Data(body))
      return .success(JournalLine(sequence: sequence, change: change))
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
