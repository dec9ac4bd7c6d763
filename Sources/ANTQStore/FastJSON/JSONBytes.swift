/// Scalars as JSON text, as Foundation's JSONEncoder writes them.
enum JSONBytes {
  private static let hex = Array("0123456789abcdef".utf8)

  static func string(_ text: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    // Runs of bytes that need no escape are copied whole: most strings are one run.
    text.withUTF8 { bytes in
      var start = 0
      for index in bytes.indices {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
        escape(byte, into: &out)
        start = index + 1
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  private static func escape(_ byte: UInt8, into out: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
    case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
    case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
    case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
    case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
    case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
    case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
    default:
      out += Array("\\u00".utf8)
      out += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
    }
  }

  static func bool(_ value: Bool, into out: inout [UInt8]) {
    if value {
      out += [UInt8(ascii: "t"), UInt8(ascii: "r"), UInt8(ascii: "u"), UInt8(ascii: "e")]
    } else {
      out += [
        UInt8(ascii: "f"), UInt8(ascii: "a"), UInt8(ascii: "l"), UInt8(ascii: "s"),
        UInt8(ascii: "e"),
      ]
    }
  }

  static func null(into out: inout [UInt8]) {
    out += [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")]
  }

  static func integer<T: BinaryInteger>(_ value: T, into out: inout [UInt8]) {
    guard let value = Int64(exactly: value) else {
      out += Array(String(value).utf8)
      return
    }
    if value < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    // The digits from the last, into 20 bytes on the stack (UInt64 has at most 20).
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var first = 20
      repeat {
        first -= 1
        digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[first..<20]))
    }
  }

  /// As Foundation writes it: the shortest text that reads back the same, without ".0".
  static func float<T: BinaryFloatingPoint & CustomStringConvertible>(
    _ value: T, into out: inout [UInt8]
  ) throws {
    guard value.isFinite else {
      throw EncodingError.invalidValue(
        value, .init(codingPath: [], debugDescription: "not a finite number"))
    }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    out += Array(text.utf8)
  }
}
