import Foundation

/// The byte ranges of the elements of a compact JSON array written by `JSONEncoder`
/// (`[a,b,c]`): one scan for the top-level commas, outside strings.
enum RecordArraySplit {
  static func elements(_ array: some ContiguousBytes) -> [Range<Int>] {
    array.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      var ranges: [Range<Int>] = []
      var depth = 0
      var inString = false
      var escaped = false
      var start = 1
      for index in 1..<max(1, bytes.count - 1) {
        let byte = bytes[index]
        if inString {
          if escaped {
            escaped = false
          } else if byte == UInt8(ascii: "\\") {
            escaped = true
          } else if byte == UInt8(ascii: "\"") {
            inString = false
          }
          continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "["), UInt8(ascii: "{"): depth += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
        case UInt8(ascii: ",") where depth == 0:
          ranges.append(start..<index)
          start = index + 1
        default: break
        }
      }
      if bytes.count > 2 { ranges.append(start..<(bytes.count - 1)) }
      return ranges
    }
  }
}
