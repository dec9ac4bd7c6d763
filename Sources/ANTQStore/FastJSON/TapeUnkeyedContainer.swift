/// An array on the tape, read front to back.
struct TapeUnkeyedContainer: UnkeyedDecodingContainer {
  let decoder: TapeDecoder
  // 32-bit fields keep the container within an existential's inline buffer (no allocation).
  private let endIndex: UInt32
  private var position: UInt32
  private var decodedCount: UInt32 = 0

  init(decoder: TapeDecoder, array: Int) {
    self.decoder = decoder
    self.endIndex = decoder.document.tape[array].end
    self.position = UInt32(array + 1)
  }

  private var index: Int { Int(position) }
  private var end: Int { Int(endIndex) }
  var currentIndex: Int { Int(decodedCount) }

  var codingPath: [any CodingKey] { [] }
  var count: Int? { nil }
  var isAtEnd: Bool { index >= end }

  private mutating func advance() throws -> Int {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    let here = index
    position = UInt32(decoder.document.next(after: here))
    decodedCount += 1
    return here
  }

  mutating func decodeNil() throws -> Bool {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    guard decoder.document.isNull(index) else { return false }
    _ = try advance()
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    let value = try decoder.document.bool(at: index)
    _ = try advance()
    return value
  }
  mutating func decode(_ type: String.Type) throws -> String {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    let value = try decoder.document.string(at: index)
    _ = try advance()
    return value
  }
  mutating func decode(_ type: Int.Type) throws -> Int {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    let value = try decoder.document.integer(type, at: index)
    _ = try advance()
    return value
  }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    guard index < end else { throw FastJSONUnsupported(reason: "past the end") }
    let value = try decoder.decode(type, at: index)
    _ = try advance()
    return value
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    guard index < end, decoder.document.tape[index].kind == .object else {
      throw FastJSONUnsupported(reason: "not an object")
    }
    let container = TapeKeyedContainer<NestedKey>(decoder: decoder, object: try advance())
    return KeyedDecodingContainer(container)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard index < end, decoder.document.tape[index].kind == .array else {
      throw FastJSONUnsupported(reason: "not an array")
    }
    return TapeUnkeyedContainer(decoder: decoder, array: try advance())
  }

  mutating func superDecoder() throws -> any Decoder {
    throw FastJSONUnsupported(reason: "super")
  }
}

/// One value on the tape.
struct TapeSingleValueContainer: SingleValueDecodingContainer {
  let decoder: TapeDecoder
  let index: Int

  var codingPath: [any CodingKey] { [] }

  func decodeNil() -> Bool { decoder.document.isNull(index) }
  func decode(_ type: Bool.Type) throws -> Bool { try decoder.document.bool(at: index) }
  func decode(_ type: String.Type) throws -> String { try decoder.document.string(at: index) }
  func decode(_ type: Double.Type) throws -> Double { try decoder.document.double(at: index) }
  func decode(_ type: Float.Type) throws -> Float { try decoder.document.float(at: index) }
  func decode(_ type: Int.Type) throws -> Int { try decoder.document.integer(type, at: index) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decoder.document.integer(type, at: index) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decoder.document.integer(type, at: index) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decoder.document.integer(type, at: index) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decoder.document.integer(type, at: index) }
  func decode(_ type: UInt.Type) throws -> UInt { try decoder.document.integer(type, at: index) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.document.integer(type, at: index) }
  func decode(_ type: UInt16.Type) throws -> UInt16 {
    try decoder.document.integer(type, at: index)
  }
  func decode(_ type: UInt32.Type) throws -> UInt32 {
    try decoder.document.integer(type, at: index)
  }
  func decode(_ type: UInt64.Type) throws -> UInt64 {
    try decoder.document.integer(type, at: index)
  }
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try decoder.decode(type, at: index)
  }
}
