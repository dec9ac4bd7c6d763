import ANTQCore
import Foundation

/// Writes an envelope with one record per line: readable, diff-able, and as fast as a compact
/// encode (the records are encoded in one call, then split at their top-level commas).
enum EnvelopeWriter {
  /// Every record encoded now.
  static func encode<Record: Encodable>(_ records: [Record], collection: String, year: Int?)
    throws -> Data
  {
    try encode(records, collection: collection, year: year, reusing: nil) { _ in "" }
  }

  /// With `previous` (the file as it is, and the ids changed since it was written), only the
  /// records that changed or are new are encoded: an unchanged one is written as the bytes it
  /// had, and a changed one keeps the old record's fields this version does not know.
  static func encode<Record: Encodable & Identifiable>(
    _ records: [Record], collection: String, year: Int?, reusing previous: RecordReuse.Previous?
  ) throws -> Data where Record.ID == String {
    try encode(records, collection: collection, year: year, reusing: previous) { $0.id }
  }

  /// `id` names a record as its "id" field does in the file ("" for a record without one).
  static func encode<Record: Encodable>(
    _ records: [Record], collection: String, year: Int?, reusing previous: RecordReuse.Previous?,
    id: (Record) -> String
  ) throws -> Data {
    var slots: [Slot] = []
    var fresh: [Record] = []
    slots.reserveCapacity(records.count)
    for record in records {
      let key = id(record)
      if let previous, let old = previous.range(of: key), !previous.changed.contains(key) {
        slots.append(.kept(old))
      } else if let previous, let written = previous.changes.written[key],
        let mine = previous.changes.encodedHere[key], let here = record as? any Hashable,
        AnyHashable(here) == AnyHashable(mine.value)
      {
        slots.append(.written(written, old: previous.range(of: key)))
      } else {
        slots.append(.encoded(old: previous?.range(of: key), id: key))
        fresh.append(record)
      }
    }
    let array = fresh.isEmpty ? [] : try FastJSONEncoder.encode(fresh)
    let encoded = RecordArraySplit.elements(array)

    var out = [UInt8]()
    out.reserveCapacity((previous?.bytes.count ?? 0) + array.count + records.count + 96)
    let yearField = year.map { ",\"year\":\($0)" } ?? ""
    out += Array(
      "{\"schema\":\(Envelope<Int>.currentSchema),\"collection\":\"\(collection)\"\(yearField),\"records\":"
        .utf8)
    if records.isEmpty {
      out += Array("[]".utf8)
    } else {
      out += [UInt8(ascii: "["), 0x0A]
      var next = encoded.startIndex
      for (index, slot) in slots.enumerated() {
        if index > 0 { out += [UInt8(ascii: ","), 0x0A] }
        switch slot {
        case .kept(let old):
          out += previous!.bytes[old]
        case .written(let written, let old):
          out +=
            old.map { RecordReuse.withFields(written[...], from: previous!.bytes[$0]) } ?? written
        case .encoded(let old, let id):
          var element = Array(array[encoded[next]])
          next += 1
          if let written = previous?.changes.written[id] {
            element = RecordReuse.withFields(element[...], from: written[...])
          }
          if let old { element = RecordReuse.withFields(element[...], from: previous!.bytes[old]) }
          out += element
        }
      }
      out += [0x0A, UInt8(ascii: "]")]
    }
    for extra in previous?.extras ?? [] { out += [UInt8(ascii: ",")] + previous!.bytes[extra] }
    out += Array("}\n".utf8)
    return Data(out)
  }

  private enum Slot {
    /// The record's bytes in the previous file.
    case kept(Range<Int>)
    /// This version's encoding of the record, as its journal line holds it; `old` as below.
    case written([UInt8], old: Range<Int>?)
    /// Encoded now; `old` is the same record in the previous file, if it was there.
    case encoded(old: Range<Int>?, id: String)
  }
}
