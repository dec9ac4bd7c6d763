/// The formats a list is exported in: CSV by RFC 4180 (UTF-8, lines ending CRLF, optionally
/// starting with a byte-order mark so spreadsheet programs read Vietnamese text right), one
/// JSON array of objects, or JSON Lines (one object a line).
public enum ExportFormat: String, CaseIterable, Sendable {
  case csv, json, jsonl

  public var fileExtension: String { rawValue }

  public func encode(_ table: ExportTable, byteOrderMark: Bool = false) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(table.rows.count * table.keys.count * 16 + 256)
    switch self {
    case .csv:
      if byteOrderMark { out += [0xEF, 0xBB, 0xBF] }
      CSVText.appendRecord(table.titles, to: &out)
      for row in table.rows { CSVText.appendRecord(row, to: &out) }
    case .json:
      out.append(UInt8(ascii: "["))
      for (index, row) in table.rows.enumerated() {
        out += Array((index == 0 ? "\n" : ",\n").utf8)
        JSONText.appendObject(keys: table.keys, values: row, to: &out)
      }
      out += Array((table.rows.isEmpty ? "]\n" : "\n]\n").utf8)
    case .jsonl:
      for row in table.rows {
        JSONText.appendObject(keys: table.keys, values: row, to: &out)
        out.append(0x0A)
      }
    }
    return out
  }
}

/// RFC 4180 fields: quoted when they hold a comma, a quote or a line break, quotes doubled.
enum CSVText {
  static func appendRecord(_ fields: [String], to out: inout [UInt8]) {
    for (index, field) in fields.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendField(field, to: &out)
    }
    out += [0x0D, 0x0A]
  }

  static func appendField(_ field: String, to out: inout [UInt8]) {
    let bytes = field.utf8
    let needsQuotes = bytes.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D
    }
    guard needsQuotes else {
      out += bytes
      return
    }
    out.append(UInt8(ascii: "\""))
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { out.append(byte) }
      out.append(byte)
    }
    out.append(UInt8(ascii: "\""))
  }
}

/// Minimal JSON writing for exports: objects of text values, keys in column order.
enum JSONText {
  static func appendObject(keys: [String], values: [String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    for (index, key) in keys.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendString(key, to: &out)
      out.append(UInt8(ascii: ":"))
      appendString(index < values.count ? values[index] : "", to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x00..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
