/// Why a file is not valid JSON, found by `JSONSyntaxCheck`.
public enum JSONSyntaxProblem: Equatable, Sendable {
  case unexpectedCharacter(String)
  case unexpectedEnd
  case badEscape
  case controlCharacter
  case badNumber
  case trailingContent
  case tooDeep
  case invalidUTF8
  /// A `\uD800`–`\uDFFF` escape that is not half of a surrogate pair: no text holds it.
  case loneSurrogate
  /// A text whose line ends before its closing quote; reported at its opening quote.
  case unclosedText
}

/// A small validating scan that finds the first syntax error and its byte offset. Foundation's
/// decoder only says "not valid JSON", so this runs on the failure path (and before a save
/// overwrites a file) to tell the user where the damage is.
struct JSONSyntaxCheck {
  struct Failure: Error {
    let offset: Int
    let problem: JSONSyntaxProblem
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0
  private static let maxDepth = 512

  private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  /// nil when `data` is one valid JSON value (surrounded by white space only).
  static func firstError<Bytes: Collection<UInt8>>(in data: Bytes) -> Failure? {
    let run = { (buffer: UnsafeBufferPointer<UInt8>) -> Failure? in
      var check = JSONSyntaxCheck(buffer)
      do throws(Failure) {
        check.skipWhitespace()
        try check.value(depth: 0)
        check.skipWhitespace()
        if check.index < buffer.count { throw check.fail(.trailingContent) }
        return nil
      } catch {
        return error
      }
    }
    if let result = data.withContiguousStorageIfAvailable(run) { return result }
    return Array(data).withUnsafeBufferPointer(run)
  }

  private func fail(_ problem: JSONSyntaxProblem) -> Failure {
    Failure(offset: index, problem: problem)
  }

  private func unexpected() -> Failure {
    guard index < bytes.count else { return fail(.unexpectedEnd) }
    return fail(.unexpectedCharacter(Self.character(at: index, in: bytes)))
  }

  /// The (possibly multi-byte) character starting at `offset`, for messages.
  static func character(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    var end = offset + 1
    while end < bytes.count, end < offset + 4, bytes[end] & 0xC0 == 0x80 { end += 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
  }

  mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return
      }
    }
  }

  private mutating func value(depth: Int) throws(Failure) {
    guard index < bytes.count else { throw fail(.unexpectedEnd) }
    guard depth < Self.maxDepth else { throw fail(.tooDeep) }
    switch bytes[index] {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw unexpected()
    }
  }

  private mutating func object(depth: Int) throws(Failure) {
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
      index += 1
      return
    }
    while true {
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw unexpected() }
      try string()
      skipWhitespace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw unexpected() }
      index += 1
      skipWhitespace()
      try value(depth: depth + 1)
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: "}") {
        index += 1
        return
      }
      guard bytes[index] == UInt8(ascii: ",") else { throw unexpected() }
      index += 1
      skipWhitespace()
    }
  }

  private mutating func array(depth: Int) throws(Failure) {
    index += 1
    skipWhitespace()
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
      index += 1
      return
    }
    while true {
      try value(depth: depth + 1)
      skipWhitespace()
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      if bytes[index] == UInt8(ascii: "]") {
        index += 1
        return
      }
      guard bytes[index] == UInt8(ascii: ",") else { throw unexpected() }
      index += 1
      skipWhitespace()
    }
  }

  private mutating func string() throws(Failure) {
    let quote = index
    index += 1
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""):
        index += 1
        return
      case UInt8(ascii: "\\"): try escape()
      case 0x0A, 0x0D: throw Failure(offset: quote, problem: .unclosedText)
      case 0x00..<0x20: throw fail(.controlCharacter)
      case 0x80...: try multiByte()
      default: index += 1
      }
    }
    throw fail(.unexpectedEnd)
  }

  /// One escape, `index` at its backslash. A surrogate escape must be a high one followed by
  /// a low one; a lone one is reported at its backslash.
  private mutating func escape() throws(Failure) {
    let start = index
    index += 1
    guard index < bytes.count else { throw fail(.unexpectedEnd) }
    switch bytes[index] {
    case UInt8(ascii: "u"):
      index += 1
      let unit = try hex4()
      guard (0xD800..<0xE000).contains(unit) else { return }
      let lone = Failure(offset: start, problem: .loneSurrogate)
      guard unit < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw lone }
      index += 2
      guard (0xDC00..<0xE000).contains(try hex4()) else { throw lone }
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
      UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      index += 1
    default: throw fail(.badEscape)
    }
  }

  /// Four hex digits from `index`, which ends after them.
  private mutating func hex4() throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard let digit = JSONUnescape.hexValue(bytes[index]) else { throw fail(.badEscape) }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  /// Checks one UTF-8 sequence inside a string, `index` at its lead byte, by RFC 3629 as the
  /// fast reader does: no overlong forms, no encoded surrogates, nothing above U+10FFFF.
  private mutating func multiByte() throws(Failure) {
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
    default: throw fail(.invalidUTF8)
    }
    guard index + length <= bytes.count, bytes[index + 1] >= low, bytes[index + 1] <= high
    else { throw fail(.invalidUTF8) }
    for next in 2..<max(length, 2) where bytes[index + next] & 0xC0 != 0x80 {
      throw fail(.invalidUTF8)
    }
    index += length
  }

  private mutating func literal(_ word: StaticString) throws(Failure) {
    let start = index
    for (offset, expected) in UnsafeBufferPointer(
      start: word.utf8Start, count: word.utf8CodeUnitCount
    )
    .enumerated() {
      index = start + offset
      guard index < bytes.count else { throw fail(.unexpectedEnd) }
      guard bytes[index] == expected else { throw unexpected() }
    }
    index = start + word.utf8CodeUnitCount
  }

  private mutating func number() throws(Failure) {
    if bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard index < bytes.count else { throw fail(.unexpectedEnd) }
    if bytes[index] == UInt8(ascii: "0") {
      index += 1
    } else {
      try digits()
    }
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      try digits()
    }
    if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
      index += 1
      if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")
      {
        index += 1
      }
      try digits()
    }
  }

  private mutating func digits() throws(Failure) {
    let start = index
    while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
    guard index > start else { throw fail(index < bytes.count ? .badNumber : .unexpectedEnd) }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

}
