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
  /// Strings only: true when the text holds escapes or bytes above 0x7F. The builder has
  /// checked both, so the text is valid UTF-8 once unescaped.
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

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  static func build(_ bytes: UnsafeBufferPointer<UInt8>) throws(FastJSONUnsupported) -> [TapeEntry]
  {
    var tape: [TapeEntry] = []
    try build(bytes, into: &tape)
    return tape
  }

  /// Builds into `tape`, whose buffer is reused (documents parsed one after another).
  static func build(_ bytes: UnsafeBufferPointer<UInt8>, into tape: inout [TapeEntry])
    throws(FastJSONUnsupported)
  {
    guard bytes.count < Int(UInt32.max) else { throw FastJSONUnsupported(reason: "too big") }
    var builder = JSONTapeBuilder(bytes)
    // Swapped in and out, so the buffer is never shared and never copied.
    swap(&builder.tape, &tape)
    defer { swap(&builder.tape, &tape) }
    builder.tape.removeAll(keepingCapacity: true)
    builder.tape.reserveCapacity(bytes.count / 8 + 16)
    builder.skipWhitespace()
    try builder.value(depth: 0)
    builder.skipWhitespace()
    guard builder.index == bytes.count else { throw FastJSONUnsupported(reason: "trailing") }
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

  /// Checks the string's syntax, escapes and UTF-8, so a reader can copy it without checks.
  private mutating func string() throws(FastJSONUnsupported) {
    index += 1
    let start = index
    var care = false
    let base = bytes.baseAddress!
    let count = bytes.count
    while true {
      // Jump eight bytes at a time to the next byte that is not plain ASCII text.
      if index + 8 <= count {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
        let special = Self.specialBytes(word)
        if special == 0 {
          index += 8
          continue
        }
        index += special.trailingZeroBitCount >> 3
      } else if index >= count {
        throw Self.fail("end")
      }
      let byte = base[index]
      if byte == UInt8(ascii: "\"") {
        tape.append(
          TapeEntry(start: UInt32(start), end: UInt32(index), kind: .string, needsCare: care))
        index += 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        care = true
        try escape()
      } else if byte >= 0x80 {
        care = true
        try utf8Sequence()
      } else if byte < 0x20 {
        throw Self.fail("control")
      } else {
        index += 1
      }
    }
  }

  /// The high bit of each byte of `word` that is a quote, a backslash, a control or non-ASCII.
  /// Bits above the first such byte may be wrong (borrows), the lowest set bit never is.
  @inline(__always)
  private static func specialBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quote = word ^ (ones &* 0x22)
    let backslash = word ^ (ones &* 0x5C)
    let zeroQuote = (quote &- ones) & ~quote
    let zeroBackslash = (backslash &- ones) & ~backslash
    let control = (word &- ones &* 0x20) & ~word
    return (zeroQuote | zeroBackslash | control | word) & highs
  }

  /// One escape, `index` at the backslash. Lone surrogates are refused.
  private mutating func escape() throws(FastJSONUnsupported) {
    guard index + 1 < bytes.count else { throw Self.fail("end") }
    switch bytes[index + 1] {
    case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      index += 2
    case UInt8(ascii: "u"):
      let unit = try hex4(at: index + 2)
      index += 6
      if (0xDC00..<0xE000).contains(unit) { throw Self.fail("lone surrogate") }
      if (0xD800..<0xDC00).contains(unit) {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
          bytes[index + 1] == UInt8(ascii: "u"),
          (0xDC00..<0xE000).contains(try hex4(at: index + 2))
        else { throw Self.fail("lone surrogate") }
        index += 6
      }
    default: throw Self.fail("escape")
    }
  }

  private func hex4(at start: Int) throws(FastJSONUnsupported) -> UInt32 {
    guard start + 4 <= bytes.count else { throw Self.fail("end") }
    var value: UInt32 = 0
    for position in start..<(start + 4) {
      guard let digit = JSONUnescape.hexValue(bytes[position]) else { throw Self.fail("hex") }
      value = value << 4 | UInt32(digit)
    }
    return value
  }

  /// One multi-byte UTF-8 character, `index` at its lead byte (RFC 3629: no overlong forms, no
  /// surrogates, nothing above U+10FFFF).
  @inline(__always)
  private mutating func utf8Sequence() throws(FastJSONUnsupported) {
    let lead = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: throw Self.fail("utf8")
    }
    guard index + length <= bytes.count else { throw Self.fail("utf8") }
    let second = bytes[index + 1]
    guard second >= low, second <= high else { throw Self.fail("utf8") }
    for offset in 2..<max(length, 2) where bytes[index + offset] & 0xC0 != 0x80 {
      throw Self.fail("utf8")
    }
    index += length
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
