import Foundation
import SwiftCSV

/// The header and rows of a CSV text (read by SwiftCSV; commas or semicolons, as spreadsheet
/// programs write them), with the line each row starts on.
struct CSVRecords {
  let header: [String]
  let rows: [[String]]
  let lines: [Int]

  init(_ text: String) throws {
    let firstLine = text.prefix { $0 != "\n" && $0 != "\r\n" }
    let delimiter: CSVDelimiter =
      firstLine.filter({ $0 == ";" }).count > firstLine.filter({ $0 == "," }).count
      ? .semicolon : .comma
    let csv = try CSV<Enumerated>(string: text, delimiter: delimiter, loadColumns: false)
    header = csv.header.map { $0.trimmingCharacters(in: .whitespaces) }
    rows = csv.rows
    lines = Self.recordLines(text, count: csv.rows.count)
  }

  /// The line each record after the header starts on, quoted line breaks counted.
  private static func recordLines(_ text: String, count: Int) -> [Int] {
    var lines: [Int] = []
    var line = 1
    var quoted = false
    var atRecordStart = false
    for byte in text.utf8 {
      if atRecordStart, byte != 0x0A, byte != 0x0D {
        lines.append(line)
        atRecordStart = false
      }
      switch byte {
      case UInt8(ascii: "\""): quoted.toggle()
      case 0x0A:
        line += 1
        if !quoted { atRecordStart = true }
      default: break
      }
    }
    while lines.count < count { lines.append(line) }
    return Array(lines.prefix(count))
  }
}
