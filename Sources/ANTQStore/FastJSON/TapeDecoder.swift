import ANTQCore

/// A `Decoder` that walks a `JSONTape` instead of building Foundation's value tree. One
/// instance serves the whole document: decoding a nested value moves `current` and restores it,
/// so no decoder is allocated per value. `codingPath` is always empty: on any failure the caller
/// decodes again with Foundation, which reports the path.
final class TapeDecoder: Decoder {
  let document: TapeDocument
  let userInfo: [CodingUserInfoKey: Any]
  let strategies: DecodeStrategies
  var current = 0

  var codingPath: [any CodingKey] { [] }

  init(
    _ document: TapeDocument, userInfo: [CodingUserInfoKey: Any],
    strategies: DecodeStrategies = DecodeStrategies()
  ) {
    self.document = document
    self.userInfo = userInfo
    self.strategies = strategies
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard document.tape[current].kind == .object else {
      throw FastJSONUnsupported(reason: "not an object")
    }
    return KeyedDecodingContainer(TapeKeyedContainer<Key>(decoder: self, object: current))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard document.tape[current].kind == .array else {
      throw FastJSONUnsupported(reason: "not an array")
    }
    return TapeUnkeyedContainer(decoder: self, array: current)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    TapeSingleValueContainer(decoder: self, index: current)
  }

  /// Decodes the value at tape `index`, reading common leaf types straight from the bytes.
  func decode<T: Decodable>(_ type: T.Type, at index: Int) throws -> T {
    if T.self == String.self { return unsafeBitCast(try document.string(at: index), to: T.self) }
    if T.self == Int.self {
      return unsafeBitCast(try document.integer(Int.self, at: index), to: T.self)
    }
    if T.self == Day.self { return unsafeBitCast(try document.day(at: index), to: T.self) }
    if T.self == Moment.self { return unsafeBitCast(try document.moment(at: index), to: T.self) }
    if T.self == Bool.self { return unsafeBitCast(try document.bool(at: index), to: T.self) }
    if T.self == [String].self {
      return unsafeBitCast(try document.strings(at: index), to: T.self)
    }
    if T.self == [String: String].self {
      return unsafeBitCast(try document.stringsByKey(at: index), to: T.self)
    }
    switch strategies.strategy(for: T.self) {
    case .specialized(let specialized): return try read(specialized, at: index)
    case .readable(let readable): return try read(readable, at: index)
    // An enum by its name. Its Decodable is the raw value's (RecordKind's own init(from:)
    // accepts exactly what init(rawValue:) does); a name it does not know is left to Foundation,
    // which reports it.
    case .named(let named): return try read(named, at: index)
    case .array(let array): return try read(array, at: index)
    case .decodable: return try decodable(T.self, at: index)
    }
  }

  /// Through `T`'s own `init(from:)`, this decoder at `index`.
  private func decodable<T: Decodable>(_: T.Type, at index: Int) throws -> T {
    let saved = current
    current = index
    defer { current = saved }
    return try T(from: self)
  }

  /// A record that reads its own fields, read off the tape. `R` is `T`, opened.
  private func read<T, R: FieldReadable>(_: R.Type, at index: Int) throws -> T {
    guard document.tape[index].kind == .object else {
      throw FastJSONUnsupported(reason: "not an object")
    }
    return unsafeBitCast(try R(fields: TapeFieldSource(decoder: self, object: index)), to: T.self)
  }

  /// A record through its code compiled for this reader. `S` is `T`, opened.
  private func read<T, S: TapeReadable>(_: S.Type, at index: Int) throws -> T {
    unsafeBitCast(try S.read(self, at: index), to: T.self)
  }

  /// An array read straight off the tape. `A` is `T`, opened.
  private func read<T, A: TapeArray>(_: A.Type, at index: Int) throws -> T {
    unsafeBitCast(try A.read(self, at: index), to: T.self)
  }

  /// An enum named by a string (`DecodeStrategies` has checked its raw value is one).
  private func read<T: Decodable, R: RawRepresentable>(_: R.Type, at index: Int) throws -> T {
    let name = try document.string(at: index)
    guard let value = R(rawValue: unsafeBitCast(name, to: R.RawValue.self)) else {
      throw FastJSONUnsupported(reason: "unknown name")
    }
    return unsafeBitCast(value, to: T.self)
  }
}

/// The entry point: decodes `T` from JSON bytes, or throws when the fast reader cannot be sure
/// to match Foundation's JSONDecoder (the caller then decodes with Foundation).
enum TapeJSON {
  static func decode<T: Decodable>(
    _ type: T.Type, from bytes: UnsafeBufferPointer<UInt8>,
    userInfo: [CodingUserInfoKey: Any] = [:]
  ) throws -> T {
    let tape = try JSONTapeBuilder.build(bytes)
    return try tape.withUnsafeBufferPointer { entries in
      let decoder = TapeDecoder(TapeDocument(bytes: bytes, tape: entries), userInfo: userInfo)
      return try decoder.decode(type, at: 0)
    }
  }
}
