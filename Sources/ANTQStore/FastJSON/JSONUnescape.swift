/// Decodes a JSON string's escapes into UTF-8 bytes. Lone surrogates throw.
enum JSONUnescape {
  static func append(_ raw: UnsafeBufferPointer<UInt8>, to out: inout [UInt8])
    throws(FastJSONUnsupported)
  {
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      guard byte == UInt8(ascii: "\\") else {
        out.append(byte)
        index += 1
        continue
      }
      guard index + 1 < raw.count else { throw FastJSONUnsupported(reason: "escape") }
      let code = raw[index + 1]
      index += 2
      switch code {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(code)
      case UInt8(ascii: "b"): out.append(0x08)
      case UInt8(ascii: "f"): out.append(0x0C)
      case UInt8(ascii: "n"): out.append(0x0A)
      case UInt8(ascii: "r"): out.append(0x0D)
      case UInt8(ascii: "t"): out.append(0x09)
      case UInt8(ascii: "u"):
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
        } else if (0xDC00..<0xE000).contains(scalar) {
          throw FastJSONUnsupported(reason: "lone surrogate")
        }
        guard let unicode = Unicode.Scalar(scalar) else {
          throw FastJSONUnsupported(reason: "scalar")
        }
        out.append(contentsOf: UTF8.encode(unicode)!)
      default: throw FastJSONUnsupported(reason: "escape")
      }
    }
  }

  private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at start: Int)
    throws(FastJSONUnsupported) -> UInt32
  {
    guard start + 4 <= raw.count else { throw FastJSONUnsupported(reason: "escape") }
    var value: UInt32 = 0
    for position in start..<(start + 4) {
      let byte = raw[position]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw FastJSONUnsupported(reason: "escape")
      }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}
