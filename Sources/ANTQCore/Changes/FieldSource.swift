/// Where a record's fields are read from, by their coding keys. A record that reads itself from
/// a `FieldSource` has one decoding for every reader: its `init(from:)` reads through a
/// `Decoder`'s keyed container (`DecoderFields`), and the store's fast JSON reader hands it
/// fields straight off its parsed document, without the generic container boxes that cost
/// Decodable more than the fields themselves.
public protocol FieldSource {
  /// The value at `key`; throws when it is missing or null.
  func field<T: Decodable>(_ key: some CodingKey) throws -> T
  /// The value at `key`, nil when it is missing or null (an optional property).
  func fieldIfPresent<T: Decodable>(_ key: some CodingKey) throws -> T?
}

/// A record decoded from a `FieldSource`, by any decoder: its `init(from:)` is this one,
/// which takes the place of the synthesized one.
public protocol FieldReadable: Decodable {
  init(fields: some FieldSource) throws
}

extension FieldReadable {
  public init(from decoder: any Decoder) throws { try self.init(fields: DecoderFields(decoder)) }
}

/// The fields of a `Decoder`'s keyed container, as `FieldReadable.init(from:)` reads them.
public struct DecoderFields: FieldSource {
  private let container: KeyedDecodingContainer<FieldKey>

  public init(_ decoder: any Decoder) throws {
    container = try decoder.container(keyedBy: FieldKey.self)
  }

  public func field<T: Decodable>(_ key: some CodingKey) throws -> T {
    try container.decode(T.self, forKey: FieldKey(key))
  }

  public func fieldIfPresent<T: Decodable>(_ key: some CodingKey) throws -> T? {
    try container.decodeIfPresent(T.self, forKey: FieldKey(key))
  }
}

/// Any record's coding key, by its name.
private struct FieldKey: CodingKey {
  let stringValue: String
  var intValue: Int? { nil }

  init(_ key: some CodingKey) { stringValue = key.stringValue }
  init?(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
