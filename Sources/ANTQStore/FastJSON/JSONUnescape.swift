/// Decodes a JSON string's escapes into UTF-8 bytes. The tape builder has already refused bad
/// escapes and lone surrogates; they still throw here rather than write garbage.
enum JSONUnescape {
  /// Writes the unescaped text of `raw` into `out` (at least `raw.count` bytes) and returns
  /// how many bytes it wrote. Unescaped text is never longer than its escaped form.
  static func write(_ raw: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>)
    throws(FastJSONUnsupported) -> Int
  {
    var index = 0
    var written = 0
    let source = raw.baseAddress!
    let target = out.baseAddress!
    while index < raw.count {
      // Copy the plain run up to the next backslash in one go.
      var runEnd = index
      while runEnd < raw.count, source[runEnd] != UInt8(ascii: "\\") { runEnd += 1 }
      if runEnd > index {
        (target + written).initialize(from: source + index, count: runEnd - index)
        written += runEnd - index
        index = runEnd
        if index == raw.count { break }
      }
      guard index + 1 < raw.count else { throw FastJSONUnsupported(reason: "escape") }
      let code = raw[index + 1]
      index += 2
      let plain: UInt8
      switch code {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): plain = code
      case UInt8(ascii: "b"): plain = 0x08
      case UInt8(ascii: "f"): plain = 0x0C
      case UInt8(ascii: "n"): plain = 0x0A
      case UInt8(ascii: "r"): plain = 0x0D
      case UInt8(ascii: "t"): plain = 0x09
      case UInt8(ascii: "u"):
        let scalar = try unicodeEscape(raw, at: &index)
        for unit in UTF8.encode(scalar)! {
          out[written] = unit
          written += 1
        }
        continue
      default: throw FastJSONUnsupported(reason: "escape")
      }
      out[written] = plain
      written += 1
    }
    return written
  }

  /// The scalar of `\uXXXX` (or a surrogate pair), `index` just after the `u`.
  private static func unicodeEscape(_ raw: UnsafeBufferPointer<UInt8>, at index: inout Int)
    throws(FastJSONUnsupported) -> Unicode.Scalar
  {
    var scalar = try hex4(raw, at: index)
    index += 4
    if (0xD800..<0xDC00).contains(scalar) {
      guard index + 6 <= raw.count, raw[index] == UInt8(ascii: "\\"),
        raw[index + 1] == UInt8(ascii: "u")
      else { throw FastJSONUnsupported(reason: "lone surrogate") }
      let low = try hex4(raw, at: index + 2)
      guard (0xDC00..<0xE000).contains(low) else {
        throw FastJSONUnsupported(reason: "lone surrogate")
      }
      index += 6
      scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let unicode = Unicode.Scalar(scalar) else {
      throw FastJSONUnsupported(reason: "lone surrogate")
    }
    return unicode
  }

  private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at start: Int)
    throws(FastJSONUnsupported) -> UInt32
  {
    guard start + 4 <= raw.count else { throw FastJSONUnsupported(reason: "escape") }
    var value: UInt32 = 0
    for position in start..<(start + 4) {
      guard let digit = hexValue(raw[position]) else {
        throw FastJSONUnsupported(reason: "escape")
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  @inline(__always)
  static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
