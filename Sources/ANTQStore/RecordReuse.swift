import ANTQCore
import Foundation

/// Keeps what this version does not know when a fold rewrites a file: a record no change
/// touched is written as the bytes it had (a field added by hand or by a newer version stays
/// byte for byte), and a changed record keeps the old record's fields this version does not
/// write. Works on the JSON text alone: the file as it is and the file as encoded now.
enum RecordReuse {
  /// What changed since a file was written: the ids, and the records as the journal lines
  /// wrote them (a newer version's line may hold fields this version does not know).
  struct Changed: Sendable {
    var ids: Set<String> = []
    var written: [String: [UInt8]] = [:]
    /// Records whose `written` bytes this store's own encoder wrote from them: a record still
    /// equal to its one here is written as those bytes, not encoded again.
    var encodedHere: [String: Record] = [:]
  }

  /// A file as it is before a fold rewrites it, and what changed since it was written.
  struct Previous: Sendable {
    let bytes: [UInt8]
    /// Ids of the records changed since the file was written.
    var changed: Set<String> { changes.ids }
    let changes: Changed
    /// Each id's first record in the file.
    private let byID: [String: Range<Int>]
    /// The envelope's fields this version does not write, as they are.
    let extras: [Range<Int>]

    /// nil when `old` cannot be read as an envelope: then every record is encoded anew.
    init?(old: Data, changed: Changed) {
      let bytes = [UInt8](old)
      guard let records = RecordReuse.records(in: bytes) else { return nil }
      var byID: [String: Range<Int>] = [:]
      byID.reserveCapacity(records.elements.count)
      for (id, range) in records.elements where byID[id] == nil { byID[id] = range }
      self.bytes = bytes
      self.changes = changed
      self.byID = byID
      self.extras = records.extras
    }

    /// A file not written yet: only the journal lines' records.
    init(new changed: Changed) {
      bytes = []
      changes = changed
      byID = [:]
      extras = []
    }

    func range(of id: String) -> Range<Int>? { byID[id] }
  }

  /// Fields an older version wrote that must not outlive a change: a tip's informant in
  /// clear (this version writes it sealed, as `sealedIdentity`).
  static let dropped: Set<String> = ["informant"]

  /// The changed record as encoded now, plus the old record's fields it lacks.
  static func withFields(_ encoded: ArraySlice<UInt8>, from old: ArraySlice<UInt8>)
    -> [UInt8]
  {
    guard !encoded.elementsEqual(old), let newFields = fields(of: encoded),
      let oldFields = fields(of: old)
    else {
      return Array(encoded)
    }
    let known = Set(newFields.map(\.key))
    let extra = oldFields.filter { !known.contains($0.key) && !dropped.contains($0.key) }
    guard !extra.isEmpty, let close = encoded.lastIndex(of: UInt8(ascii: "}")) else {
      return Array(encoded)
    }
    var out = Array(encoded[..<close])
    for field in extra {
      if out.last != UInt8(ascii: "{") { out.append(UInt8(ascii: ",")) }
      out += old[field.whole]
    }
    out += encoded[close...]
    return out
  }

  struct Records {
    /// Offsets of the records array's `[` + 1 and of its `]`.
    let open: Int
    let close: Int
    let elements: [(id: String, range: Range<Int>)]
    /// The envelope's fields other than those this version writes (`"key":value`, as they
    /// are): added by hand or by a newer version, they are written again.
    var extras: [Range<Int>] = []
  }

  /// The envelope's fields this version writes itself.
  static let envelopeFields: Set<String> = ["schema", "collection", "year", "records"]

  /// The elements of the envelope's top-level "records" array, each with its "id".
  static func records(in bytes: [UInt8]) -> Records? {
    var scanner = Scanner(bytes: bytes[...])
    scanner.skipSpace()
    guard scanner.take(UInt8(ascii: "{")) else { return nil }
    var found: Records?
    var extras: [Range<Int>] = []
    scanner.skipSpace()
    if scanner.take(UInt8(ascii: "}")) { return nil }
    while true {
      scanner.skipSpace()
      let start = scanner.index
      guard let key = scanner.string() else { return nil }
      scanner.skipSpace()
      guard scanner.take(UInt8(ascii: ":")) else { return nil }
      scanner.skipSpace()
      if key == "records" {
        guard let records = recordsArray(&scanner) else { return nil }
        found = records
      } else {
        guard scanner.skipValue() else { return nil }
        if !envelopeFields.contains(key) { extras.append(start..<scanner.index) }
      }
      scanner.skipSpace()
      if scanner.take(UInt8(ascii: ",")) { continue }
      guard scanner.take(UInt8(ascii: "}")), var found else { return nil }
      found.extras = extras
      return found
    }
  }

  /// The records array the scanner stands on, each element with its "id".
  private static func recordsArray(_ scanner: inout Scanner) -> Records? {
    guard scanner.take(UInt8(ascii: "[")) else { return nil }
    let open = scanner.index
    var elements: [(String, Range<Int>)] = []
    scanner.skipSpace()
    if scanner.take(UInt8(ascii: "]")) { return Records(open: open, close: open, elements: []) }
    while true {
      scanner.skipSpace()
      let start = scanner.index
      guard scanner.skipValue() else { return nil }
      let range = start..<scanner.index
      elements.append((id(of: scanner.bytes[range]) ?? "", range))
      scanner.skipSpace()
      if scanner.take(UInt8(ascii: ",")) { continue }
      let close = scanner.index
      guard scanner.take(UInt8(ascii: "]")) else { return nil }
      return Records(open: open, close: close, elements: elements)
    }
  }

  /// The "id" field of one JSON object; nil when it has none or it is not a string. Compares
  /// the keys' bytes: making a String of every key of every record would cost more than the
  /// rest of the scan.
  static func id(of object: ArraySlice<UInt8>) -> String? {
    var scanner = Scanner(bytes: object)
    scanner.skipSpace()
    guard scanner.take(UInt8(ascii: "{")) else { return nil }
    scanner.skipSpace()
    if scanner.take(UInt8(ascii: "}")) { return nil }
    let plain = Array("\"id\"".utf8)
    while true {
      scanner.skipSpace()
      let start = scanner.index
      guard scanner.skipString() else { return nil }
      let raw = object[start..<scanner.index]
      let isID =
        raw.elementsEqual(plain)
        || (raw.contains(UInt8(ascii: "\\")) && Scanner(bytes: raw).decoded() == "id")
      scanner.skipSpace()
      guard scanner.take(UInt8(ascii: ":")) else { return nil }
      scanner.skipSpace()
      if isID {
        var value = Scanner(bytes: object[scanner.index...])
        return value.string()
      }
      guard scanner.skipValue() else { return nil }
      scanner.skipSpace()
      guard scanner.take(UInt8(ascii: ",")) else { return nil }
    }
  }

  struct Field {
    let key: String
    let value: Range<Int>
    /// From the key's opening quote to the value's end: `"key":value`.
    let whole: Range<Int>
  }

  /// The top-level fields of one JSON object.
  static func fields(of object: ArraySlice<UInt8>) -> [Field]? {
    var scanner = Scanner(bytes: object)
    scanner.skipSpace()
    guard scanner.take(UInt8(ascii: "{")) else { return nil }
    var fields: [Field] = []
    scanner.skipSpace()
    if scanner.take(UInt8(ascii: "}")) { return [] }
    while true {
      scanner.skipSpace()
      let start = scanner.index
      guard let key = scanner.string() else { return nil }
      scanner.skipSpace()
      guard scanner.take(UInt8(ascii: ":")) else { return nil }
      scanner.skipSpace()
      let valueStart = scanner.index
      guard scanner.skipValue() else { return nil }
      fields.append(
        Field(key: key, value: valueStart..<scanner.index, whole: start..<scanner.index))
      scanner.skipSpace()
      if scanner.take(UInt8(ascii: ",")) { continue }
      return scanner.take(UInt8(ascii: "}")) ? fields : nil
    }
  }

  /// A forward scan over JSON text already known to be valid.
  struct Scanner {
    let bytes: ArraySlice<UInt8>
    var index: Int

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      self.index = bytes.startIndex
    }

    mutating func skipSpace() {
      while index < bytes.endIndex {
        switch bytes[index] {
        case 0x20, 0x0A, 0x0D, 0x09: index += 1
        default: return
        }
      }
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard index < bytes.endIndex, bytes[index] == byte else { return false }
      index += 1
      return true
    }

    /// The text of the string that is all of `bytes`.
    func decoded() -> String? {
      var whole = self
      return whole.string()
    }

    /// A string's text (escapes resolved by Foundation when there are any).
    mutating func string() -> String? {
      let start = index
      guard skipString() else { return nil }
      let raw = bytes[start..<index]
      guard raw.contains(UInt8(ascii: "\\")) else {
        return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self)
      }
      return (try? JSONDecoder().decode([String].self, from: Data([0x5B] + raw + [0x5D])))?.first
    }

    mutating func skipString() -> Bool {
      guard take(0x22) else { return false }
      let end = bytes.endIndex
      while index < end {
        let byte = bytes[index]
        index += 1
        if byte == 0x5C {
          index += 1
        } else if byte == 0x22 {
          return true
        }
      }
      return false
    }

    mutating func skipValue() -> Bool {
      guard index < bytes.endIndex else { return false }
      switch bytes[index] {
      case 0x22: return skipString()
      case 0x7B, 0x5B:
        var depth = 0
        let end = bytes.endIndex
        while index < end {
          switch bytes[index] {
          case 0x22:
            guard skipString() else { return false }
            continue
          case 0x7B, 0x5B: depth += 1
          case 0x7D, 0x5D:
            depth -= 1
            if depth == 0 {
              index += 1
              return true
            }
          default: break
          }
          index += 1
        }
        return false
      default:
        let start = index
        scan: while index < bytes.endIndex {
          switch bytes[index] {
          case 0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09: break scan
          default: index += 1
          }
        }
        return index > start
      }
    }
  }
}
