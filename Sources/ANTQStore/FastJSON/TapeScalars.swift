import ANTQCore

/// The document's bytes and tape, and how to read a scalar out of them. Anything it is not
/// sure to read exactly as Foundation's JSONDecoder would throws `FastJSONUnsupported`.
struct TapeDocument {
  let bytes: UnsafeBufferPointer<UInt8>
  let tape: UnsafeBufferPointer<TapeEntry>

  /// The tape index of the value after the one at `index`.
  @inline(__always)
  func next(after index: Int) -> Int {
    let entry = tape[index]
    return entry.kind == .object || entry.kind == .array ? Int(entry.end) : index + 1
  }

  @inline(__always)
  func text(_ entry: TapeEntry) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[Int(entry.start)..<Int(entry.end)])
  }

  /// The builder has validated the UTF-8 and the escapes, so this only copies (and unescapes).
  func string(at index: Int) throws(FastJSONUnsupported) -> String {
    let entry = tape[index]
    guard entry.kind == .string else { throw FastJSONUnsupported(reason: "not a string") }
    let raw = text(entry)
    if !entry.needsCare || raw.firstIndex(of: UInt8(ascii: "\\")) == nil {
      return String(decoding: raw, as: UTF8.self)
    }
    var failure: FastJSONUnsupported?
    let text = String(unsafeUninitializedCapacity: raw.count) { out in
      do throws(FastJSONUnsupported) {
        return try JSONUnescape.write(raw, into: out)
      } catch {
        failure = error
        return 0
      }
    }
    if let failure { throw failure }
    return text
  }

  /// Plain `-?[0-9]+` only; a fraction, an exponent or an overflow throws.
  func integer<I: FixedWidthInteger>(_: I.Type, at index: Int) throws(FastJSONUnsupported) -> I {
    let entry = tape[index]
    guard entry.kind == .integer else { throw FastJSONUnsupported(reason: "not an integer") }
    let raw = text(entry)
    var position = 0
    let negative = raw[0] == UInt8(ascii: "-")
    if negative {
      guard I.isSigned else { throw FastJSONUnsupported(reason: "negative unsigned") }
      position = 1
    }
    var value: I = 0
    while position < raw.count {
      let digit = I(raw[position] &- UInt8(ascii: "0"))
      let (times, overflow1) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflow2) =
        negative
        ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
      guard !overflow1, !overflow2 else { throw FastJSONUnsupported(reason: "overflow") }
      value = sum
      position += 1
    }
    return value
  }

  func double(at index: Int) throws(FastJSONUnsupported) -> Double {
    let entry = tape[index]
    guard entry.kind == .integer || entry.kind == .number,
      let value = Double(String(decoding: text(entry), as: UTF8.self)), value.isFinite
    else { throw FastJSONUnsupported(reason: "not a number") }
    return value
  }

  /// Foundation may round a Float through a Double; rather than risk a different last bit,
  /// Float fields are left to it (the domain has none).
  func float(at index: Int) throws(FastJSONUnsupported) -> Float {
    throw FastJSONUnsupported(reason: "float")
  }

  func bool(at index: Int) throws(FastJSONUnsupported) -> Bool {
    switch tape[index].kind {
    case .trueValue: return true
    case .falseValue: return false
    default: throw FastJSONUnsupported(reason: "not a boolean")
    }
  }

  @inline(__always)
  func isNull(_ index: Int) -> Bool { tape[index].kind == .null }

  /// "YYYY-MM-DD" read straight from the bytes; anything else throws (Day's own decoder then
  /// reports it through the fallback).
  func day(at index: Int) throws(FastJSONUnsupported) -> Day {
    let entry = tape[index]
    let raw = text(entry)
    guard entry.kind == .string, !entry.needsCare, raw.count == 10,
      let day = Self.day(raw, from: 0)
    else { throw FastJSONUnsupported(reason: "not a day") }
    return day
  }

  /// "YYYY-MM-DDTHH:MM".
  func moment(at index: Int) throws(FastJSONUnsupported) -> Moment {
    let entry = tape[index]
    let raw = text(entry)
    guard entry.kind == .string, !entry.needsCare, raw.count == 16,
      raw[10] == UInt8(ascii: "T"), raw[13] == UInt8(ascii: ":"),
      let day = Self.day(raw, from: 0),
      let hour = Self.digits(raw, 11, 2), let minute = Self.digits(raw, 14, 2),
      let moment = Moment(day: day, hour: hour, minute: minute)
    else { throw FastJSONUnsupported(reason: "not a moment") }
    return moment
  }

  private static func day(_ raw: UnsafeBufferPointer<UInt8>, from start: Int) -> Day? {
    guard raw[start + 4] == UInt8(ascii: "-"), raw[start + 7] == UInt8(ascii: "-"),
      let year = digits(raw, start, 4), let month = digits(raw, start + 5, 2),
      let day = digits(raw, start + 8, 2)
    else { return nil }
    return Day(year: year, month: month, day: day)
  }

  @inline(__always)
  private static func digits(_ raw: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int?
  {
    var value = 0
    for position in start..<(start + count) {
      let digit = raw[position] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
    }
    return value
  }

  /// True when the key string at `index` is exactly `key`'s UTF-8 (keys with escapes or
  /// non-ASCII bytes never match: the fallback handles such files).
  @inline(__always)
  func keyEquals(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let entry = tape[index]
    let length = Int(entry.end &- entry.start)
    guard length == key.count, !entry.needsCare else { return false }
    guard length > 0 else { return true }
    // Keys are short and usually differ in their first byte: a plain loop beats memcmp.
    let stored = bytes.baseAddress! + Int(entry.start)
    let wanted = key.baseAddress!
    for offset in 0..<length where stored[offset] != wanted[offset] { return false }
    return true
  }
}
