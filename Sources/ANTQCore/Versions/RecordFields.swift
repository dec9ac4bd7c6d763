import Foundation

/// A record's top-level fields, by the names its stored JSON gives them, each value kept as
/// the record holds it: two versions compare field by field without being encoded, and only
/// a field that differs is written out as text. A record history compares a hundred versions
/// at every `h`; encoding each to JSON took most of that time.
struct RecordFields {
  let values: [String: any Encodable]

  init(_ record: Record) {
    let splitter = FieldSplitter()
    if (try? record.encode(to: splitter)) != nil, splitter.plain {
      values = splitter.fields
    } else {
      values = Self.asJSON(record)
    }
  }

  /// Whether two values of one field are the same.
  static func same(_ left: any Encodable, _ right: any Encodable) -> Bool {
    if let value = left as? any Equatable, let equal = value.equals(right) { return equal }
    return text(left) == text(right)
  }

  /// A value as the stored JSON writes it (compact, keys sorted), a JSON string without its
  /// quotes.
  static func text(_ value: any Encodable) -> String {
    if let text = value as? String { return text }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "" }
    if data.first == UInt8(ascii: "\""),
      let text = try? JSONDecoder().decode(String.self, from: data)
    {
      return text
    }
    return String(decoding: data, as: UTF8.self)
  }

  /// A record whose encoding is not one object of fields: its top-level fields as JSON text.
  private static func asJSON(_ record: Record) -> [String: any Encodable] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(record.value),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    var result: [String: any Encodable] = [:]
    for (key, value) in object {
      if let text = value as? String {
        result[key] = text
      } else if let data = try? JSONSerialization.data(
        withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
      {
        result[key] = String(decoding: data, as: UTF8.self)
      }
    }
    return result
  }
}

extension Equatable {
  /// Whether `other` is this value; nil when it is of another type.
  fileprivate func equals(_ other: Any) -> Bool? { (other as? Self).map { $0 == self } }
}

/// An encoder that keeps the values a record gives its top-level keys. `plain` turns false
/// when the record writes anything else (a list, a single value, a nested container): its
/// fields are then read from its JSON.
private final class FieldSplitter: Encoder {
  var codingPath: [any CodingKey] = []
  var userInfo: [CodingUserInfoKey: Any] = [:]
  var fields: [String: any Encodable] = [:]
  var plain = true
  private var opened = false

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if opened { plain = false }
    opened = true
    return KeyedEncodingContainer(FieldContainer<Key>(splitter: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    plain = false
    return IgnoredContainer()
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    plain = false
    return IgnoredContainer()
  }
}

private struct FieldContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let splitter: FieldSplitter
  var codingPath: [any CodingKey] { [] }

  private func keep(_ value: any Encodable, _ key: Key) { splitter.fields[key.stringValue] = value }

  mutating func encodeNil(forKey key: Key) throws { keep(String?.none, key) }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: String, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { keep(value, key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { keep(value, key) }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    splitter.plain = false
    return KeyedEncodingContainer(FieldContainer<NestedKey>(splitter: FieldSplitter()))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    splitter.plain = false
    return IgnoredContainer()
  }

  mutating func superEncoder() -> any Encoder {
    splitter.plain = false
    return FieldSplitter()
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}

/// What a record that is not one object of fields writes: dropped (its JSON is read instead).
private struct IgnoredContainer: UnkeyedEncodingContainer, SingleValueEncodingContainer {
  var codingPath: [any CodingKey] { [] }
  var count: Int { 0 }

  mutating func encodeNil() throws {}
  mutating func encode<T: Encodable>(_ value: T) throws {}
  mutating func encode(_ value: Bool) throws {}
  mutating func encode(_ value: String) throws {}
  mutating func encode(_ value: Double) throws {}
  mutating func encode(_ value: Float) throws {}
  mutating func encode(_ value: Int) throws {}
  mutating func encode(_ value: Int8) throws {}
  mutating func encode(_ value: Int16) throws {}
  mutating func encode(_ value: Int32) throws {}
  mutating func encode(_ value: Int64) throws {}
  mutating func encode(_ value: UInt) throws {}
  mutating func encode(_ value: UInt8) throws {}
  mutating func encode(_ value: UInt16) throws {}
  mutating func encode(_ value: UInt32) throws {}
  mutating func encode(_ value: UInt64) throws {}

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    KeyedEncodingContainer(FieldContainer<NestedKey>(splitter: FieldSplitter()))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { IgnoredContainer() }
  mutating func superEncoder() -> any Encoder { FieldSplitter() }
}
