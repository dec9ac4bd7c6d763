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
    guard tape[index].kind == .array else { throw FastJSONUnsupported(reason: "not an array") }
    let end = Int(tape[index].end)
    var values: [Int] = []
    var element = index + 1
    while element < end {
      values.append(try integer(Int.self, at: element))
      element += 1
    }
    return values
  }

  /// The strings of the array at `index`.
  func strings(at index: Int) throws(FastJSONUnsupported) -> [String] {
    guard tape[index].kind == .array else { throw FastJSONUnsupported(reason: "not an array") }
    let end = Int(tape[index].end)
    var values: [String] = []
    var element = index + 1
    while element < end {
      values.append(try string(at: element))
      element += 1
    }
    return values
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
