import Foundation

/// Encodes `Encodable` values to compact JSON with sorted keys and unescaped slashes, the
/// bytes Foundation's JSONEncoder gives with `[.sortedKeys, .withoutEscapingSlashes]`, several
/// times faster: it writes bytes as it goes instead of building a tree of boxed values. Used
/// where tens of thousands of records are written: the export of a province-year, journal
/// lines, collection files.
enum FastJSONEncoder {
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    var out: [UInt8] = []
    try encode(value, into: &out)
    return out
  }

  static func encode<T: Encodable>(_ value: T, into out: inout [UInt8]) throws {
    try ByteEncoder.piece(value, path: []).write(into: &out)
  }
}

/// What one value became: bytes already, or a container still open to its encoder.
private enum JSONPiece {
  case bytes([UInt8])
  case object(ObjectStorage)
  case array(ArrayStorage)
  /// A super encoder's: what it holds when the whole is written.
  case encoder(ByteEncoder)
  case empty

  func write(into out: inout [UInt8]) {
    switch self {
    case .bytes(let bytes): out += bytes
    case .object(let object): object.write(into: &out)
    case .array(let array): array.write(into: &out)
    case .encoder(let encoder): encoder.storage.write(into: &out)
    case .empty: out += Array("{}".utf8)
    }
  }
}

private final class ObjectStorage {
  var entries: [(key: String, value: JSONPiece)] = []

  func write(into out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    for (index, entry) in sorted.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      JSONBytes.string(entry.key, into: &out)
      out.append(UInt8(ascii: ":"))
      entry.value.write(into: &out)
    }
    out.append(UInt8(ascii: "}"))
  }
}

private final class ArrayStorage {
  var elements: [JSONPiece] = []

  func write(into out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, element) in elements.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      element.write(into: &out)
    }
    out.append(UInt8(ascii: "]"))
  }
}

/// Scalars as JSON text.
enum JSONBytes {
  private static let hex = Array("0123456789abcdef".utf8)

  static func string(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    // Runs of bytes that need no escape are copied whole: most strings are one run.
    text.withUTF8 { bytes in
      var start = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        escape(byte, into: &out)
        start = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
    case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
    case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
    case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
    case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
    case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
    case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
    default:
      out += Array("\\u00".utf8)
      out += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }
  }

  static func integer<T: BinaryInteger>(_ value: T) -> [UInt8] { Array(String(value).utf8) }

  /// As Foundation writes it: the shortest text that reads back the same, without ".0".
  static func double<T: BinaryFloatingPoint & CustomStringConvertible>(_ value: T) throws
    -> [UInt8]
  {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: [], debugDescription: "not a finite number"))
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    return Array(text.utf8)
  }
}

private final class ByteEncoder: Encoder {
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  var storage: JSONPiece = .empty

  init(codingPath: [any CodingKey]) { self.codingPath = codingPath }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: ObjectStorage
    if case .object(let existing) = storage {
      object = existing
    } else {
      object = ObjectStorage()
      storage = .object(object)
    }
    return KeyedEncodingContainer(KeyedBytes<Key>(object: object, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: ArrayStorage
    if case .array(let existing) = storage {
      array = existing
    } else {
      array = ArrayStorage()
      storage = .array(array)
    }
    return UnkeyedBytes(array: array, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleBytes(encoder: self)
  }

  /// `value` as a finished piece.
  static func piece<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> JSONPiece {
    if let text = value as? String {
      var out: [UInt8] = []
      JSONBytes.string(text, into: &out)
      return .bytes(out)
    }
    // Foundation writes these its own way (a date as a number, data as base64, a URL as its
    // text), not as their `encode(to:)` says: it writes them here too.
    if value is Date || value is Data || value is URL || value is Decimal {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      return .bytes([UInt8](try encoder.encode(value)))
    }
    let encoder = ByteEncoder(codingPath: path)
    try value.encode(to: encoder)
    return encoder.storage
  }
}

private struct KeyedBytes<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: ObjectStorage
  let codingPath: [any CodingKey]

  private func put(_ piece: JSONPiece, _ key: Key) {
    object.entries.append((key.stringValue, piece))
  }

  mutating func encodeNil(forKey key: Key) throws { put(.bytes(Array("null".utf8)), key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    put(.bytes(Array((value ? "true" : "false").utf8)), key)
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    var out: [UInt8] = []
    JSONBytes.string(value, into: &out)
    put(.bytes(out), key)
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    put(.bytes(try JSONBytes.double(value)), key)
  }
  mutating func encode(_ value: Int8, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: Int16, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: Int32, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: UInt, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    put(.bytes(JSONBytes.integer(value)), key)
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    put(.bytes(try JSONBytes.double(value)), key)
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    put(try ByteEncoder.piece(value, path: codingPath + [key]), key)
  }
  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = ObjectStorage()
    put(.object(nested), key)
    return KeyedEncodingContainer(
      KeyedBytes<NestedKey>(object: nested, codingPath: codingPath + [key]))
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = ArrayStorage()
    put(.array(nested), key)
    return UnkeyedBytes(array: nested, codingPath: codingPath + [key])
  }
  mutating func superEncoder() -> any Encoder {
    superEncoder(named: "super", path: codingPath + [SuperKey()])
  }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue, path: codingPath + [key])
  }
  private func superEncoder(named name: String, path: [any CodingKey]) -> any Encoder {
    let encoder = ByteEncoder(codingPath: path)
    object.entries.append((name, .encoder(encoder)))
    return encoder
  }
}

private struct SuperKey: CodingKey {
  var stringValue: String { "super" }
  var intValue: Int? { nil }
  init() {}
  init?(stringValue: String) { nil }
  init?(intValue: Int) { nil }
}

private struct UnkeyedBytes: UnkeyedEncodingContainer {
  let array: ArrayStorage
  let codingPath: [any CodingKey]
  var count: Int { array.elements.count }

  mutating func encodeNil() throws { array.elements.append(.bytes(Array("null".utf8))) }
  mutating func encode(_ value: String) throws {
    var out: [UInt8] = []
    JSONBytes.string(value, into: &out)
    array.elements.append(.bytes(out))
  }
  mutating func encode(_ value: Int) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: Bool) throws {
    array.elements.append(.bytes(Array((value ? "true" : "false").utf8)))
  }
  mutating func encode(_ value: Int8) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: Int16) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: Int32) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: Int64) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: UInt) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: UInt8) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: UInt16) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: UInt32) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: UInt64) throws {
    array.elements.append(.bytes(JSONBytes.integer(value)))
  }
  mutating func encode(_ value: Double) throws {
    array.elements.append(.bytes(try JSONBytes.double(value)))
  }
  mutating func encode(_ value: Float) throws {
    array.elements.append(.bytes(try JSONBytes.double(value)))
  }
  mutating func encode<T: Encodable>(_ value: T) throws {
    array.elements.append(try ByteEncoder.piece(value, path: codingPath))
  }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectStorage()
    array.elements.append(.object(nested))
    return KeyedEncodingContainer(KeyedBytes<NestedKey>(object: nested, codingPath: codingPath))
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = ArrayStorage()
    array.elements.append(.array(nested))
    return UnkeyedBytes(array: nested, codingPath: codingPath)
  }
  mutating func superEncoder() -> any Encoder {
    let encoder = ByteEncoder(codingPath: codingPath)
    array.elements.append(.encoder(encoder))
    return encoder
  }
}

private struct SingleBytes: SingleValueEncodingContainer {
  let encoder: ByteEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  mutating func encodeNil() throws { encoder.storage = .bytes(Array("null".utf8)) }
  mutating func encode(_ value: Bool) throws {
    encoder.storage = .bytes(Array((value ? "true" : "false").utf8))
  }
  mutating func encode(_ value: String) throws {
    var out: [UInt8] = []
    JSONBytes.string(value, into: &out)
    encoder.storage = .bytes(out)
  }
  mutating func encode(_ value: Int) throws { encoder.storage = .bytes(JSONBytes.integer(value)) }
  mutating func encode(_ value: Double) throws {
    encoder.storage = .bytes(try JSONBytes.double(value))
  }
  mutating func encode(_ value: Int8) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: Int16) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: Int32) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: Int64) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: UInt) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: UInt8) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: UInt16) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: UInt32) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: UInt64) throws {
    encoder.storage = .bytes(JSONBytes.integer(value))
  }
  mutating func encode(_ value: Float) throws {
    encoder.storage = .bytes(try JSONBytes.double(value))
  }
  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.storage = try ByteEncoder.piece(value, path: codingPath)
  }
}
