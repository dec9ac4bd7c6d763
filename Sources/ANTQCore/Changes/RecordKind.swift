/// The name of a kind of record, as journals and check messages write it ("patrol"). Each
/// `RecordType` declares its own; `allCases` lists those of `RecordTypes.all`.
public struct RecordKind: RawRepresentable, Hashable, Sendable, CaseIterable, Codable,
  CustomStringConvertible
{
  public let rawValue: String

  /// A kind some `RecordType` declares; nil for a name no declaration uses.
  public init?(rawValue: String) {
    guard RecordTypes.byKind[RecordKind(declaring: rawValue)] != nil else { return nil }
    self.rawValue = rawValue
  }

  /// The name a `RecordType` declares for itself.
  public init(declaring rawValue: String) { self.rawValue = rawValue }

  public static var allCases: [RecordKind] { RecordTypes.all.map { $0.kind } }

  /// The declaration of this kind.
  public var type: any RecordType.Type {
    guard let type = RecordTypes.byKind[self] else {
      preconditionFailure("no RecordType declares the kind \(rawValue)")
    }
    return type
  }

  public var collectionName: String { type.collectionName }
  public var isDated: Bool { type.isDated }
  public var isActivity: Bool { type.isActivity }
  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    let raw = try decoder.singleValueContainer().decode(String.self)
    guard let kind = RecordKind(rawValue: raw) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown record kind \(raw)"))
    }
    self = kind
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
