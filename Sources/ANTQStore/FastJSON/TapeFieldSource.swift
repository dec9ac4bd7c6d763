import ANTQCore

/// An object's fields on the tape, for a `FieldReadable` record: each field is found by its
/// key's bytes and read as `TapeDecoder` reads any value, with no container in between.
struct TapeFieldSource: FieldSource {
  /// Unretained: a source lives only for the `init(fields:)` its decoder calls, and retaining
  /// and releasing the decoder around every field read showed in the profiles.
  unowned(unsafe) let decoder: TapeDecoder
  let object: Int

  func field<T: Decodable>(_ key: some CodingKey) throws -> T {
    guard let index = decoder.document.value(of: key.stringValue, in: object) else {
      throw FastJSONUnsupported(reason: "missing key")
    }
    return try decoder.decode(T.self, at: index)
  }

  func fieldIfPresent<T: Decodable>(_ key: some CodingKey) throws -> T? {
    guard let index = decoder.document.value(of: key.stringValue, in: object),
      !decoder.document.isNull(index)
    else { return nil }
    return try decoder.decode(T.self, at: index)
  }
}

extension TapeDocument {
  /// The tape index of the value at `key` in the object at `object`, or nil. With duplicate
  /// keys the first one wins, as in Foundation's decoder.
  func value(of key: String, in object: Int) -> Int? {
    let end = Int(tape[object].end)
    var name = key
    return name.withUTF8 { utf8 -> Int? in
      var index = object + 1
      while index < end {
        if keyEquals(index, utf8) { return index + 1 }
        index = next(after: index + 1)
      }
      return nil
    }
  }
}
