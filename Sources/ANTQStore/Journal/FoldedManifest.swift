import ANTQCore
import Foundation

/// `folded.json`: what the JSON files hold beyond their records — which province this is,
/// how far into each console's journal they are folded, and each changed record's versions
/// (every head of a record in conflict, with the losing sides' content). Written last in a
/// fold, atomically: files and manifest together are the folded state; the journals past the
/// manifest's positions are the changes still to apply.
struct FoldedManifest: Equatable {
  static let fileName = "folded.json"
  static let schema = 3

  /// A random id made when the province's folder was first opened by this version; every
  /// journal line carries it, and a sync refuses a folder of another province.
  var province: String
  var journals: [String: JournalFolder.Position] = [:]
  var versions = Versions()

  static func newProvinceID() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }
      .joined()
  }
}

extension FoldedManifest: Codable {
  private struct Head: Codable {
    var id: ChangeID
    var at: Int64
    var by: String
    var host: String
    var change: Change?
  }

  private struct Entry: Codable {
    var key: String
    var heads: [Head]?
    var superseded: [ChangeID]?
  }

  private struct Position: Codable {
    var lines: Int
    var bytes: Int
  }

  private enum Keys: String, CodingKey { case schema, province, journals, records }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let schema = try container.decode(Int.self, forKey: .schema)
    guard schema <= Self.schema else { throw EnvelopeProblem.unsupportedSchema(found: schema) }
    province = try container.decode(String.self, forKey: .province)
    let positions = try container.decode([String: Position].self, forKey: .journals)
    journals = positions.mapValues { .init(bytes: $0.bytes, lines: $0.lines) }
    var heads: [RecordKey: [Revision]] = [:]
    var superseded: [RecordKey: Set<ChangeID>] = [:]
    var applied: [String: Int] = [:]
    for (name, position) in positions {
      applied[String(name.dropLast(JournalFolder.suffix.count))] = position.lines
    }
    for entry in try container.decode([Entry].self, forKey: .records) {
      guard let key = Self.key(entry.key) else {
        throw DecodingError.dataCorrupted(
          .init(codingPath: [Keys.records], debugDescription: "not a record key: \(entry.key)"))
      }
      if let list = entry.heads {
        heads[key] = list.map {
          Revision(
            id: $0.id, time: $0.at, author: Author(user: $0.by, host: $0.host), change: $0.change)
        }
      }
      if let ids = entry.superseded { superseded[key] = Set(ids) }
    }
    versions = Versions(applied: applied, heads: heads, superseded: superseded)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(Self.schema, forKey: .schema)
    try container.encode(province, forKey: .province)
    try container.encode(
      journals.mapValues { Position(lines: $0.lines, bytes: $0.bytes) }, forKey: .journals)
    let keys = Set(versions.heads.keys).union(versions.superseded.keys).sorted()
    let entries = keys.map { key in
      Entry(
        key: key.description,
        heads: versions.heads[key].map { list in
          list.enumerated().map { index, head in
            // The winner's content is the record in the files.
            Head(
              id: head.id, at: head.time, by: head.author.user, host: head.author.host,
              change: index == 0 ? nil : head.change)
          }
        },
        superseded: versions.superseded[key].map { $0.sorted() })
    }
    try container.encode(entries, forKey: .records)
  }

  static func key(_ text: String) -> RecordKey? {
    guard let slash = text.firstIndex(of: "/"),
      let kind = RecordKind(rawValue: String(text[..<slash]))
    else { return nil }
    return RecordKey(kind, String(text[text.index(after: slash)...]))
  }

  func encoded() throws -> Data {
    Data(try FastJSONEncoder.encode(self) + [0x0A])
  }
}
