extension TapeDocument {
  /// Calls `body` with each key's bytes and its value's tape index, in the order written, for a
  /// reader that takes an object's fields in one pass. A key with escapes or non-ASCII bytes
  /// throws: such a document is left to Foundation's decoder.
  func forEachField(
    of object: Int, _ body: (UnsafeBufferPointer<UInt8>, Int) throws(FastJSONUnsupported) -> Void
  ) throws(FastJSONUnsupported) {
    guard tape[object].kind == .object else { throw FastJSONUnsupported(reason: "not an object") }
    let end = Int(tape[object].end)
    var index = object + 1
    while index < end {
      let key = tape[index]
      guard !key.needsCare else { throw FastJSONUnsupported(reason: "key with escapes") }
      try body(text(key), index + 1)
      index = next(after: index + 1)
    }
  }

  /// The integers of the array at `index`.
  func integers(at index: Int) throws(FastJSONUnsupported) -> [Int] {
    try scalars(at: index) { (element) throws(FastJSONUnsupported) in
      try integer(Int.self, at: element)
    }
  }

  /// The strings of the array at `index`.
  func strings(at index: Int) throws(FastJSONUnsupported) -> [String] {
    try scalars(at: index) { (element) throws(FastJSONUnsupported) in try string(at: element) }
  }

  /// The object at `index` as a dictionary of strings. With a key twice the first one wins,
  /// as in Foundation's decoder.
  func stringsByKey(at index: Int) throws(FastJSONUnsupported) -> [String: String] {
    guard tape[index].kind == .object else { throw FastJSONUnsupported(reason: "not an object") }
    var result: [String: String] = [:]
    var key = index + 1
    while key < Int(tape[index].end) {
      let name = try string(at: key)
      if result[name] == nil { result[name] = try string(at: key + 1) }
      key = next(after: key + 1)
    }
    return result
  }

  /// Each element of an array of scalars read by `read` (which throws on anything else).
  private func scalars<T>(
    at index: Int, _ read: (Int) throws(FastJSONUnsupported) -> T
  ) throws(FastJSONUnsupported) -> [T] {
    guard tape[index].kind == .array else { throw FastJSONUnsupported(reason: "not an array") }
    return try ((index + 1)..<Int(tape[index].end)).map { (element) throws(FastJSONUnsupported) in
      try read(element)
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// True when these bytes are exactly `name`'s.
  @inline(__always)
  func spells(_ name: StaticString) -> Bool {
    guard count == name.utf8CodeUnitCount else { return false }
    let wanted = name.utf8Start
    for offset in 0..<count where self[offset] != wanted[offset] { return false }
    return true
  }
}
