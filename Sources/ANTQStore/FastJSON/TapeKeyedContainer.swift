/// An object on the tape. Keys are found by a linear scan comparing bytes: records have 5–12
/// keys, and a scan is cheaper than hashing them into a table per object.
struct TapeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: TapeDecoder
  let object: Int

  var codingPath: [any CodingKey] { [] }

  var allKeys: [Key] {
    var keys: [Key] = []
    let document = decoder.document
    var index = object + 1
    let end = Int(document.tape[object].end)
    while index < end {
      if let name = try? document.string(at: index), let key = Key(stringValue: name) {
        keys.append(key)
      }
      index = document.next(after: index + 1)
    }
    return keys
  }

  private func find(_ key: Key) -> Int? {
    decoder.document.value(of: key.stringValue, in: object)
  }

  private func value(_ key: Key) throws -> Int {
    guard let index = find(key) else { throw FastJSONUnsupported(reason: "missing key") }
    return index
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.document.isNull(try value(key))
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try decoder.document.bool(at: value(key))
  }
  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try decoder.document.string(at: value(key))
  }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try decoder.document.double(at: value(key))
  }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try decoder.document.float(at: value(key))
  }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try decoder.document.integer(type, at: value(key))
  }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.decode(type, at: value(key))
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let index = find(key), !decoder.document.isNull(index) else { return nil }
    return try decoder.document.string(at: index)
  }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let index = find(key), !decoder.document.isNull(index) else { return nil }
    return try decoder.document.integer(type, at: index)
  }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    guard let index = find(key), !decoder.document.isNull(index) else { return nil }
    return try decoder.document.bool(at: index)
  }
  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let index = find(key), !decoder.document.isNull(index) else { return nil }
    return try decoder.decode(type, at: index)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let index = try value(key)
    guard decoder.document.tape[index].kind == .object else {
      throw FastJSONUnsupported(reason: "not an object")
    }
    return KeyedDecodingContainer(TapeKeyedContainer<NestedKey>(decoder: decoder, object: index))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let index = try value(key)
    guard decoder.document.tape[index].kind == .array else {
      throw FastJSONUnsupported(reason: "not an array")
    }
    return TapeUnkeyedContainer(decoder: decoder, array: index)
  }

  func superDecoder() throws -> any Decoder { throw FastJSONUnsupported(reason: "super") }
  /// A decoder of its own at the key's value (a journal line's record is decoded this way).
  func superDecoder(forKey key: Key) throws -> any Decoder {
    let nested = TapeDecoder(
      decoder.document, userInfo: decoder.userInfo, strategies: decoder.strategies)
    nested.current = try value(key)
    return nested
  }
}
