/// Finds where a decoding path ("records", 12, "informant", "phone") starts in a valid JSON
/// document, so an error can name a line and column. Runs only on the failure path.
struct JSONLocator {
  struct Found {
    /// Byte offset of the deepest value of the path that exists.
    let offset: Int
    /// True when the whole path exists.
    let complete: Bool
  }

  private let bytes: [UInt8]
  private var index = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Each component is either an array index (`Int`) or an object key (`String`).
  mutating func locate(_ path: [PathComponent]) -> Found {
    index = 0
    skipWhitespace()
    var found = index
    for component in path {
      let start = index
      let ok: Bool
      switch component {
      case .index(let wanted): ok = enterArray(at: wanted)
      case .key(let wanted): ok = enterObject(at: wanted)
      }
      guard ok else {
        index = start
        return Found(offset: found, complete: false)
      }
      found = index
    }
    return Found(offset: found, complete: true)
  }

  /// The string value starting at `offset`, if there is one without escapes.
  func plainString(at offset: Int) -> String? {
    guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { return nil }
    var end = offset + 1
    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") {
      if bytes[end] == UInt8(ascii: "\\") { return nil }
      end += 1
    }
    guard end < bytes.count else { return nil }
    return String(decoding: bytes[(offset + 1)..<end], as: UTF8.self)
  }

  enum PathComponent: Equatable {
    case index(Int)
    case key(String)
  }

  private mutating func enterArray(at wanted: Int) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return false }
    index += 1
    skipWhitespace()
    var position = 0
    while index < bytes.count, bytes[index] != UInt8(ascii: "]") {
      if position == wanted { return true }
      skipValue()
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
      skipWhitespace()
      position += 1
    }
    return false
  }

  private mutating func enterObject(at wanted: String) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
    let key = Array(wanted.utf8)
    index += 1
    skipWhitespace()
    while index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
      let keyStart = index + 1
      skipValue()
      let matches = bytes[keyStart..<(index - 1)].elementsEqual(key)
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ":") { index += 1 }
      skipWhitespace()
      if matches { return true }
      skipValue()
      skipWhitespace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ",") { index += 1 }
      skipWhitespace()
    }
    return false
  }

  private mutating func skipWhitespace() {
    while index < bytes.count,
      bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09
    {
      index += 1
    }
  }

  /// Skips one value of a document already known to be valid.
  private mutating func skipValue() {
    guard index < bytes.count else { return }
    var depth = 0
    var inString = false
    repeat {
      let byte = bytes[index]
      index += 1
      if inString {
        if byte == UInt8(ascii: "\\") {
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
      case UInt8(ascii: ","), UInt8(ascii: ":"), 0x20, 0x0A, 0x0D, 0x09:
        if depth == 0 {
          index -= 1
          return
        }
      default: break
      }
    } while index < bytes.count && (depth > 0 || inString || !isScalarEnd)
  }

  /// True when a bare value (number, literal) has ended at the current index.
  private var isScalarEnd: Bool {
    guard index < bytes.count else { return true }
    switch bytes[index] {
    case UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ":"), 0x20, 0x0A,
      0x0D, 0x09:
      return true
    default: return false
    }
  }
}

/// A 1-based line and column; columns count characters (Unicode scalars), not bytes, so they
/// match what an editor shows for Vietnamese text.
public struct TextPosition: Equatable, Sendable {
  public let line: Int
  public let column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  init<Bytes: Collection<UInt8>>(offset: Int, in bytes: Bytes) where Bytes.Index == Int {
    var line = 1
    var column = 1
    var position = bytes.startIndex
    let end = min(bytes.startIndex + offset, bytes.endIndex)
    while position < end {
      let byte = bytes[position]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      position += 1
    }
    self.init(line: line, column: column)
  }
}
