import Foundation

/// The wrapper every data file has: `{"schema":1,"collection":"teams","records":[...]}`, plus
/// `"year"` for the files of one year. The schema is checked before any record is decoded.
/// Schema 1 and 2 files have the same envelope and records; schema 2 moved the yearly
/// registers into the year folders (see `Collections`), so a schema-1 file reads as it is.
struct Envelope<Record: Decodable>: Decodable {
  static var currentSchema: Int { 2 }
  static var supportedSchemas: [Int] { [1, 2] }

  let collection: String
  let year: Int?
  let records: [Record]

  private enum Keys: String, CodingKey { case schema, collection, year, records }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let schema = try container.decode(Int.self, forKey: .schema)
    guard Self.supportedSchemas.contains(schema) else {
      throw EnvelopeProblem.unsupportedSchema(found: schema)
    }
    collection = try container.decode(String.self, forKey: .collection)
    if let expected = decoder.userInfo[.expectedCollection] as? String, expected != collection {
      throw EnvelopeProblem.wrongCollection(found: collection, expected: expected)
    }
    year = try container.decodeIfPresent(Int.self, forKey: .year)
    records = try container.decode([Record].self, forKey: .records)
  }
}

extension CodingUserInfoKey {
  static let expectedCollection = CodingUserInfoKey(rawValue: "antq.expectedCollection")!
}

/// Envelope failures thrown from inside the decoder, named with their file afterwards.
enum EnvelopeProblem: Error {
  case unsupportedSchema(found: Int)
  case wrongCollection(found: String, expected: String)

  func error(file: String) -> StoreError {
    switch self {
    case .unsupportedSchema(let found):
      return .unsupportedSchema(
        file: file, found: found, supported: Envelope<Int>.supportedSchemas)
    case .wrongCollection(let found, let expected):
      return .wrongCollection(file: file, found: found, expected: expected)
    }
  }
}

/// Writes an envelope with one record per line: readable, diff-able, and as fast as a compact
/// encode (the records are encoded in one call, then split at their top-level commas).
enum EnvelopeWriter {
  static func encode<Record: Encodable>(_ records: [Record], collection: String, year: Int?)
    throws -> Data
  {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let array = try encoder.encode(records)
    var out = [UInt8]()
    out.reserveCapacity(array.count + records.count + 96)
    let yearField = year.map { ",\"year\":\($0)" } ?? ""
    out += Array(
      "{\"schema\":\(Envelope<Int>.currentSchema),\"collection\":\"\(collection)\"\(yearField),\"records\":"
        .utf8)
    if records.isEmpty {
      out += Array("[]".utf8)
    } else {
      splitLines(array, into: &out)
    }
    out += Array("}\n".utf8)
    return Data(out)
  }

  /// Copies the compact array `[a,b,c]` as "[\na,\nb,\nc\n]": finds the top-level commas in
  /// one scan, then copies the records between them in whole chunks.
  private static func splitLines(_ array: Data, into out: inout [UInt8]) {
    array.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      let bytes = raw.bindMemory(to: UInt8.self)
      var depth = 0
      var inString = false
      var escaped = false
      var chunkStart = 1
      out.append(contentsOf: [UInt8(ascii: "["), 0x0A])
      for index in 1..<(bytes.count - 1) {
        let byte = bytes[index]
        if inString {
          if escaped {
            escaped = false
          } else if byte == UInt8(ascii: "\\") {
            escaped = true
          } else if byte == UInt8(ascii: "\"") {
            inString = false
          }
          continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
        case UInt8(ascii: ","):
          if depth == 0 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart...index]))
            out.append(0x0A)
            chunkStart = index + 1
          }
        default: break
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[chunkStart..<(bytes.count - 1)]))
      out.append(contentsOf: [0x0A, UInt8(ascii: "]")])
    }
  }
}
