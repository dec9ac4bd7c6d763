/// A change's id, unique across every console and office: the journal's writer and the
/// change's number in that journal ("minhhoa-a1b2c3.clerk@pc01.1:42").
public struct ChangeID: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let writer: String
  public let sequence: Int

  public init(writer: String, sequence: Int) {
    self.writer = writer
    self.sequence = sequence
  }

  public init?(_ text: String) {
    guard let colon = text.lastIndex(of: ":"), let number = Int(text[text.index(after: colon)...])
    else { return nil }
    self.init(writer: String(text[..<colon]), sequence: number)
  }

  public var description: String { "\(writer):\(sequence)" }

  public static func < (lhs: ChangeID, rhs: ChangeID) -> Bool {
    (lhs.writer, lhs.sequence) < (rhs.writer, rhs.sequence)
  }
}

extension ChangeID: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = ChangeID(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a change id: \(text)"))
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Who made a change: the login account, the machine, and the console (its journal).
public struct Author: Hashable, Codable, Sendable {
  public var user: String
  public var host: String

  public init(user: String, host: String) {
    self.user = user
    self.host = host
  }
}

/// A change as every console and office keeps it: what changed, who changed it and when, and
/// the version of the record it was based on. `time` is a hybrid logical clock in
/// microseconds since 1970: never below the wall clock of the writer nor below any change the
/// writer had seen, so a change always sorts after the changes it knew of.
public struct StampedChange: Hashable, Sendable {
  public let id: ChangeID
  public let time: Int64
  public let author: Author
  /// The version (change id) of the record the writer saw; nil for a record that had none (a
  /// new record, or one unchanged since the folder was made).
  public let base: ChangeID?
  /// Other versions this change settles: the losing sides of a conflict it decides.
  public let settles: [ChangeID]
  public let change: Change

  public init(
    id: ChangeID, time: Int64, author: Author, base: ChangeID?, settles: [ChangeID] = [],
    change: Change
  ) {
    self.id = id
    self.time = time
    self.author = author
    self.base = base
    self.settles = settles
    self.change = change
  }

  public var key: RecordKey { RecordKey(change.kind, change.id) }
}

/// A record's identity across the province: its kind and id.
public struct RecordKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let kind: RecordKind
  public let id: String

  public init(_ kind: RecordKind, _ id: String) {
    self.kind = kind
    self.id = id
  }

  public var description: String { "\(kind.rawValue)/\(id)" }

  public static func < (lhs: RecordKey, rhs: RecordKey) -> Bool {
    (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
  }
}
