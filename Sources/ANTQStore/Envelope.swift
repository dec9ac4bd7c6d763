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
