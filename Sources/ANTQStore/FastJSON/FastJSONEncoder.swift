import Foundation

/// Encodes `Encodable` values to compact JSON with sorted keys and unescaped slashes, the
/// bytes Foundation's JSONEncoder gives with `[.sortedKeys, .withoutEscapingSlashes]`, several
/// times faster: values are written as bytes as they come, each object's fields into one
/// buffer, and put in key order when the object is done. Used where tens of thousands of
/// records are written: the export of a province-year, journal lines, collection files.
enum FastJSONEncoder {
  static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
    var out: [UInt8] = []
    try encode(value, into: &out)
    return out
  }

  static func encode<T: Encodable>(_ value: T, into out: inout [UInt8]) throws {
    let sink = Sink()
    swap(&sink.bytes, &out)
    defer { swap(&sink.bytes, &out) }
    try ByteEncoder.write(value, parent: nil, key: nil, into: sink)
  }
}

/// Bytes being written: an encoder's, or an object's or array's values.
private class Sink {
  var bytes: [UInt8] = []

  func append(_ start: Int, _ end: Int, to out: inout [UInt8]) {
    bytes.withUnsafeBufferPointer {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<end]))
    }
  }
}

/// A container given out, filled after the call that asked for it returned: written last.
private enum OpenPiece {
  case object(ObjectStorage)
  case array(ArrayStorage)
  /// A super encoder's: what it holds.
  case encoder(ByteEncoder)

  func write(into out: inout [UInt8]) {
    switch self {
    case .object(let object): object.write(into: &out)
    case .array(let array): array.write(into: &out)
    case .encoder(let encoder):
      encoder.finish()
      out += encoder.sink.bytes
    }
  }
}

/// One value of an object or array: its bytes in the storage's buffer, or a container still
/// open.
private struct Slot {
  var start: Int
  var end: Int
  var open: OpenPiece?
}

private final class ObjectStorage: Sink {
  struct Field {
    var key: String
    var slot: Slot
  }
  var fields: [Field] = []

  override init() {
    super.init()
    // A record's fields, without growing the arrays field by field.
    fields.reserveCapacity(16)
    bytes.reserveCapacity(256)
  }

  func put(_ key: String, _ slot: Slot) { fields.append(Field(key: key, slot: slot)) }

  func write(into out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    var inOrder = true
    for index in fields.indices.dropFirst()
    where !fields[index - 1].key.utf8.lexicographicallyPrecedes(fields[index].key.utf8) {
      inOrder = false
      break
    }
    if inOrder {
      for index in fields.indices { write(index, first: index == 0, into: &out) }
    } else {
      let order = fields.indices.sorted {
        fields[$0].key.utf8.lexicographicallyPrecedes(fields[$1].key.utf8)
      }
      for (position, index) in order.enumerated() {
        write(index, first: position == 0, into: &out)
      }
    }
    out.append(UInt8(ascii: "}"))
  }

  private func write(_ index: Int, first: Bool, into out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    let field = fields[index]
    JSONBytes.string(field.key, into: &out)
    out.append(UInt8(ascii: ":"))
    if let open = field.slot.open {
      open.write(into: &out)
    } else {
      append(field.slot.start, field.slot.end, to: &out)
    }
  }
}

private final class ArrayStorage: Sink {
  var slots: [Slot] = []

  func write(into out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (index, slot) in slots.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      if let open = slot.open {
        open.write(into: &out)
      } else {
        append(slot.start, slot.end, to: &out)
      }
    }
    out.append(UInt8(ascii: "]"))
  }
}

/// The encoder of one value. It writes a single value straight into its sink (the buffer of
/// the object or array the value is in); a container it gives out is written there when the
/// value's `encode(to:)` has returned (`finish`).
private final class ByteEncoder: Encoder {
  let parent: ByteEncoder?
  let key: (any CodingKey)?
  let sink: Sink
  var open: OpenPiece?
  var wroteSingle = false
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(parent: ByteEncoder?, key: (any CodingKey)?, sink: Sink) {
    self.parent = parent
    self.key = key
    self.sink = sink
  }

  /// Made when asked for (an error's), not for every value.
  var codingPath: [any CodingKey] {
    var keys: [any CodingKey] = []
    var node: ByteEncoder? = self
    while let current = node {
      if let key = current.key { keys.append(key) }
      node = current.parent
    }
    return keys.reversed()
  }

  /// `value` written at the end of `sink`.
  static func write<T: Encodable>(
    _ value: T, parent: ByteEncoder?, key: (any CodingKey)?, into sink: Sink
  ) throws {
    if T.self == String.self, let text = value as? String {
      JSONBytes.string(text, into: &sink.bytes)
      return
    }
    // Foundation writes these its own way (a date as a number, data as base64, a URL as its
    // text), not as their `encode(to:)` says: it writes them here too.
    if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      sink.bytes += try encoder.encode(value)
      return
    }
    let encoder = ByteEncoder(parent: parent, key: key, sink: sink)
    try value.encode(to: encoder)
    encoder.finish()
  }

  /// Writes the container given out, once the value is encoded; `{}` for a value that wrote
  /// nothing, as before.
  func finish() {
    switch open {
    case .object(let object)?: object.write(into: &sink.bytes)
    case .array(let array)?: array.write(into: &sink.bytes)
    case .encoder?: break
    case nil: if !wroteSingle { sink.bytes += [UInt8(ascii: "{"), UInt8(ascii: "}")] }
    }
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    let object: ObjectStorage
    if case .object(let existing)? = open {
      object = existing
    } else {
      object = ObjectStorage()
      open = .object(object)
    }
    return KeyedEncodingContainer(KeyedBytes<Key>(object: object, owner: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    let array: ArrayStorage
    if case .array(let existing)? = open {
      array = existing
    } else {
      array = ArrayStorage()
      open = .array(array)
    }
    return UnkeyedBytes(array: array, owner: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleBytes(encoder: self)
  }
}

private struct KeyedBytes<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let object: ObjectStorage
  let owner: ByteEncoder
  var codingPath: [any CodingKey] { owner.codingPath }

  private func put(_ key: Key, _ write: (inout [UInt8]) throws -> Void) rethrows {
    let start = object.bytes.count
    try write(&object.bytes)
    object.put(key.stringValue, Slot(start: start, end: object.bytes.count))
  }

  private func putOpen(_ name: String, _ piece: OpenPiece) {
    object.put(name, Slot(start: 0, end: 0, open: piece))
  }

  mutating func encodeNil(forKey key: Key) throws { put(key) { JSONBytes.null(into: &$0) } }
  mutating func encode(_ value: Bool, forKey key: Key) throws {
    put(key) { JSONBytes.bool(value, into: &$0) }
  }
  mutating func encode(_ value: String, forKey key: Key) throws {
    put(key) { JSONBytes.string(value, into: &$0) }
  }
  mutating func encode(_ value: Int, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: Double, forKey key: Key) throws {
    try put(key) { try JSONBytes.float(value, into: &$0) }
  }
  mutating func encode(_ value: Float, forKey key: Key) throws {
    try put(key) { try JSONBytes.float(value, into: &$0) }
  }
  mutating func encode(_ value: Int8, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: Int16, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: Int32, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: Int64, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: UInt, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: UInt8, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: UInt16, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: UInt32, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode(_ value: UInt64, forKey key: Key) throws {
    put(key) { JSONBytes.integer(value, into: &$0) }
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    let start = object.bytes.count
    try ByteEncoder.write(value, parent: owner, key: key, into: object)
    object.put(key.stringValue, Slot(start: start, end: object.bytes.count))
  }
  // The protocol's own `encodeIfPresent` is generic code that is not specialized: records
  // have many optional fields.
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) }
  }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) }
  }
  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let nested = ObjectStorage()
    putOpen(key.stringValue, .object(nested))
    return KeyedEncodingContainer(
      KeyedBytes<NestedKey>(
        object: nested, owner: ByteEncoder(parent: owner, key: key, sink: nested)))
  }
  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let nested = ArrayStorage()
    putOpen(key.stringValue, .array(nested))
    return UnkeyedBytes(array: nested, owner: ByteEncoder(parent: owner, key: key, sink: nested))
  }
  mutating func superEncoder() -> any Encoder {
    superEncoder(named: "super", key: NamedKey(stringValue: "super"))
  }
  mutating func superEncoder(forKey key: Key) -> any Encoder {
    superEncoder(named: key.stringValue, key: key)
  }
  private func superEncoder(named name: String, key: any CodingKey) -> any Encoder {
    let encoder = ByteEncoder(parent: owner, key: key, sink: Sink())
    putOpen(name, .encoder(encoder))
    return encoder
  }
}

/// A key of a coding path that no `CodingKeys` names: "super", or an array's index.
private struct NamedKey: CodingKey {
  var stringValue: String
  var intValue: Int?
  init(stringValue: String) { self.stringValue = stringValue }
  init(intValue: Int) {
    stringValue = "Index \(intValue)"
    self.intValue = intValue
  }
}

private struct UnkeyedBytes: UnkeyedEncodingContainer {
  let array: ArrayStorage
  let owner: ByteEncoder
  var codingPath: [any CodingKey] { owner.codingPath }
  var count: Int { array.slots.count }

  private func put(_ write: (inout [UInt8]) throws -> Void) rethrows {
    let start = array.bytes.count
    try write(&array.bytes)
    array.slots.append(Slot(start: start, end: array.bytes.count))
  }

  private func encoder(for sink: Sink) -> ByteEncoder {
    ByteEncoder(parent: owner, key: NamedKey(intValue: count), sink: sink)
  }

  mutating func encodeNil() throws { put { JSONBytes.null(into: &$0) } }
  mutating func encode(_ value: String) throws { put { JSONBytes.string(value, into: &$0) } }
  mutating func encode(_ value: Bool) throws { put { JSONBytes.bool(value, into: &$0) } }
  mutating func encode(_ value: Int) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int8) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int16) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int32) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int64) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt8) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt16) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt32) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt64) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Double) throws { try put { try JSONBytes.float(value, into: &$0) } }
  mutating func encode(_ value: Float) throws { try put { try JSONBytes.float(value, into: &$0) } }
  mutating func encode<T: Encodable>(_ value: T) throws {
    let start = array.bytes.count
    try ByteEncoder.write(value, parent: owner, key: NamedKey(intValue: count), into: array)
    array.slots.append(Slot(start: start, end: array.bytes.count))
  }
  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let nested = ObjectStorage()
    let path = encoder(for: nested)
    array.slots.append(Slot(start: 0, end: 0, open: .object(nested)))
    return KeyedEncodingContainer(KeyedBytes<NestedKey>(object: nested, owner: path))
  }
  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let nested = ArrayStorage()
    let path = encoder(for: nested)
    array.slots.append(Slot(start: 0, end: 0, open: .array(nested)))
    return UnkeyedBytes(array: nested, owner: path)
  }
  mutating func superEncoder() -> any Encoder {
    let encoder = encoder(for: Sink())
    array.slots.append(Slot(start: 0, end: 0, open: .encoder(encoder)))
    return encoder
  }
}

private struct SingleBytes: SingleValueEncodingContainer {
  let encoder: ByteEncoder
  var codingPath: [any CodingKey] { encoder.codingPath }

  private func put(_ write: (inout [UInt8]) throws -> Void) rethrows {
    encoder.wroteSingle = true
    try write(&encoder.sink.bytes)
  }

  mutating func encodeNil() throws { put { JSONBytes.null(into: &$0) } }
  mutating func encode(_ value: Bool) throws { put { JSONBytes.bool(value, into: &$0) } }
  mutating func encode(_ value: String) throws { put { JSONBytes.string(value, into: &$0) } }
  mutating func encode(_ value: Int) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int8) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int16) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int32) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Int64) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt8) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt16) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt32) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: UInt64) throws { put { JSONBytes.integer(value, into: &$0) } }
  mutating func encode(_ value: Double) throws { try put { try JSONBytes.float(value, into: &$0) } }
  mutating func encode(_ value: Float) throws { try put { try JSONBytes.float(value, into: &$0) } }
  mutating func encode<T: Encodable>(_ value: T) throws {
    encoder.wroteSingle = true
    try ByteEncoder.write(value, parent: encoder.parent, key: encoder.key, into: encoder.sink)
  }
}
