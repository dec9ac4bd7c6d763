import ANTQCore
import Testing

@testable import ANTQTUI

@Suite struct ExportFormatTests {
  let table = ExportTable(
    keys: ["name", "note"], titles: ["Tên", "Ghi chú"],
    rows: [
      ["Xã Đồng Lương", "plain"], ["Tổ 5, khu \"A\"", "two\nlines"], ["", "tab\there"],
    ])

  @Test func csvQuotesOnlyWhatRFC4180AsksAndEndsLinesWithCRLF() {
    let text = String(decoding: ExportFormat.csv.encode(table), as: UTF8.self)
    #expect(
      text
        == "Tên,Ghi chú\r\nXã Đồng Lương,plain\r\n\"Tổ 5, khu \"\"A\"\"\",\"two\nlines\"\r\n,tab\there\r\n"
    )
  }

  @Test func theByteOrderMarkIsOnlyThereWhenAsked() {
    #expect(
      Array(ExportFormat.csv.encode(table, byteOrderMark: true).prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(ExportFormat.csv.encode(table).first == UInt8(ascii: "T"))
  }

  @Test func jsonAndJSONLinesUseTheStableKeysAndEscapeText() {
    let lines = String(decoding: ExportFormat.jsonl.encode(table), as: UTF8.self)
      .split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[1] == #"{"name":"Tổ 5, khu \"A\"","note":"two\nlines"}"#)
    #expect(lines[2] == #"{"name":"","note":"tab\there"}"#)
    let json = String(decoding: ExportFormat.json.encode(table), as: UTF8.self)
    #expect(json.hasPrefix("[\n{\"name\":\"Xã Đồng Lương\""))
    #expect(json.hasSuffix("}\n]\n"))
    #expect(
      String(
        decoding: ExportFormat.json.encode(ExportTable(keys: [], titles: [], rows: [])),
        as: UTF8.self)
        == "[]\n")
  }
}
