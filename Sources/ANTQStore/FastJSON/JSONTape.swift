/// One value of a JSON document, in document order. Containers know where their subtree ends,
/// so a reader can skip a whole value in one step; scalars keep their byte range.
struct TapeEntry {
  enum Kind: UInt8 {
    case object, array, string, number, integer, trueValue, falseValue, null
  }
  /// Containers: the byte offset of `{`/`[`. Strings: the first byte after the quote.
  /// Numbers: the first byte.
  var start: UInt32
  /// Containers: the tape index just after the subtree. Strings: the closing quote's offset.
  /// Numbers: the byte after the last digit.
  var end: UInt32
  var kind: Kind
  /// Strings only: true when the text holds escapes or bytes above 0x7F, so it needs more than
  /// a plain copy.
  var needsCare: Bool
}

/// Why the fast reader gave up. Never shown to the user: the caller falls back to Foundation's
/// decoder, which gives the precise error.
struct FastJSONUnsupported: Error {
  let reason: StaticString
}

/// Tokenises and validates a whole document in one pass into a flat tape (like simdjson's),
/// strictly by RFC 8259: anything else throws.
struct JSONTapeBuilder {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private(set) var tape: [TapeEntry] = []
  private static let maxDepth = 512

  private init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    tape.reserveCapacity(bytes.count / 8 + 16)
  }

  static func build(_ bytes: UnsafeBufferPointer<UInt8>) throws(FastJSONUnsupported) -> [TapeEntry]
  {
    guard bytes.count < Int(UInt32.max) else { throw FastJSONUnsupported(reason: "too big") }
    var builder = JSONTapeBuilder(bytes)
    builder.skipWhitespace()
    try builder.value(depth: 0)
    builder.skipWhitespace()
    guard builder.index == bytes.count else { throw FastJSONUnsupported(reason: "trailing") }
    return builder.tape
  }

  private static func fail(_ reason: StaticString) -> FastJSONUnsupported {
    FastJSONUnsupported(reason: reason)
  }

  @inline(__always)
  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  @inline(__always)
  private func peek() throws(FastJSONUnsupported) -> UInt8 {
    guard index < bytes.count else { throw Self.fail("end") }
    return bytes[index]
  }

  private mutating func value(depth: Int) throws(FastJSONUnsupported) {
    switch try peek() {
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "{"): try object(depth: depth + 1)
    case UInt8(ascii: "["): try array(depth: depth + 1)
    case UInt8(ascii: "t"): try literal("true", .trueValue)
    case UInt8(ascii: "f"): try literal("false", .falseValue)
    case UInt8(ascii: "n"): try literal("null", .null)
    default: try number()
    }
  }

  private mutating func object(depth: Int) throws(FastJSONUnsupported) {
    guard depth <= Self.maxDepth else { throw Self.fail("deep") }
    let slot = tape.count
    tape.append(TapeEntry(start: UInt32(index), end: 0, kind: .object, needsCare: false))
    index += 1
    skipWhitespace()
    if try peek() == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        guard try peek() == UInt8(ascii: "\"") else { throw Self.fail("key") }
        try string()
        skipWhitespace()
        guard try peek() == UInt8(ascii: ":") else { throw Self.fail("colon") }
        index += 1
        skipWhitespace()
        try value(depth: depth)
        skipWhitespace()
        let next = try peek()
        index += 1
        if next == UInt8(ascii: "}") { break }
        guard next == UInt8(ascii: ",") else { throw Self.fail("comma") }
        skipWhitespace()
      }
    }
    tape[slot].end = UInt32(tape.count)
  }

  private mutating func array(depth: Int) throws(FastJSONUnsupported) {
    guard depth <= Self.maxDepth else { throw Self.fail("deep") }
    let slot = tape.count
    tape.append(TapeEntry(start: UInt32(index), end: 0, kind: .array, needsCare: false))
    index += 1
    skipWhitespace()
    if try peek() == UInt8(ascii: "]") {
      index += 1
    } else {
      while true {
        try value(depth: depth)
        skipWhitespace()
        let next = try peek()
        index += 1
        if next == UInt8(ascii: "]") { break }
        guard next == UInt8(ascii: ",") else { throw Self.fail("comma") }
        skipWhitespace()
      }
    }
    tape[slot].end = UInt32(tape.count)
  }

  /// Checks the string's syntax only; escapes and UTF-8 are decoded (and validated) on use.
  private mutating func string() throws(FastJSONUnsupported) {
    index += 1
    let start = index
    var care = false
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        tape.append(
          TapeEntry(start: UInt32(start), end: UInt32(index), kind: .string, needsCare: care))
        index += 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        care = true
        index += 2
        continue
      }
      if byte < 0x20 { throw Self.fail("control") }
      if byte >= 0x80 { care = true }
      index += 1
    }
    throw Self.fail("end")
  }

  private mutating func literal(_ word: StaticString, _ kind: TapeEntry.Kind)
    throws(FastJSONUnsupported)
  {
    let length = word.utf8CodeUnitCount
    guard index + length <= bytes.count else { throw Self.fail("end") }
    let text = word.utf8Start
    for offset in 0..<length where bytes[index + offset] != text[offset] {
      throw Self.fail("literal")
    }
    tape.append(TapeEntry(start: UInt32(index), end: 0, kind: kind, needsCare: false))
    index += length
  }

  /// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  private mutating func number() throws(FastJSONUnsupported) {
    let start = index
    var integer = true
    if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw Self.fail("number") }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      skipDigits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      integer = false
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw Self.fail("number") }
      skipDigits()
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      integer = false
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      guard index < bytes.count, isDigit(bytes[index]) else { throw Self.fail("number") }
      skipDigits()
    }
    tape.append(
      TapeEntry(
        start: UInt32(start), end: UInt32(index), kind: integer ? .integer : .number,
        needsCare: false))
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  @inline(__always)
  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }
}
