import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// The parsing cases of JSONTestSuite (see JSONTestSuite/README.md), each placed as the value
/// of a field ANTQ does not know, last in the first record of `communes.json`, then checked
/// the way `antq check` does.
private enum Suite {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("JSONTestSuite/test_parsing")

  static func names(_ prefix: String) -> [String] {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return all.filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
  }

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// Values whose unclosed brackets are closed by the record's own closing brackets: the file
  /// stays JSON past the value, so the first place it is not JSON, which is what is reported,
  /// lies after it.
  static let closedByTheRecord: Set<String> = [
    "n_structure_open_object.json", "n_structure_unclosed_object.json",
    "n_structure_open_array_open_object.json",
  ]

  /// The i_ cases ANTQ accepts; it refuses every other one (README.md says why).
  static let acceptedImplementationDefined: Set<String> = Set(
    names("i_number_") + ["i_structure_500_nested_arrays.json"])
}

/// A saved sample province whose first commune ends with `"note": <value>`, and the byte range
/// of the value in `communes.json`.
private func folderWithUnknownField(_ value: [UInt8], in root: URL) throws -> (
  file: URL, bytes: [UInt8], range: Range<Int>
) {
  try DataFolder(root).save(sampleProvince())
  let file = root.appendingPathComponent("communes.json")
  var bytes = [UInt8](try Data(contentsOf: file))
  let firstRecordLine = bytes.firstIndex(of: 0x0A)! + 1
  let recordEnd = bytes[firstRecordLine...].firstIndex(of: 0x0A)! - 2  // its closing brace
  #expect(bytes[recordEnd] == UInt8(ascii: "}"))
  let field = Array(",\"note\":".utf8)
  bytes.insert(contentsOf: field + value, at: recordEnd)
  try Data(bytes).write(to: file)
  let start = recordEnd + field.count
  return (file, bytes, start..<(start + value.count))
}

private func isBefore(_ a: TextPosition, _ b: TextPosition) -> Bool {
  (a.line, a.column) <= (b.line, b.column)
}

@Suite struct JSONTestSuiteTests {
  @Test func theSuiteIsComplete() {
    #expect(Suite.names("y_").count == 95)
    #expect(Suite.names("n_").count == 193)
    #expect(Suite.names("i_").count == 35)
  }

  @Test(arguments: Suite.names("n_") + Suite.names("i_"))
  func mustRejectIsNamedWithItsLineAndColumn(_ name: String) throws {
    guard !Suite.acceptedImplementationDefined.contains(name) else { return }
    try withTemporaryFolder { root in
      let (file, bytes, range) = try folderWithUnknownField(try Suite.bytes(name), in: root)
      let problems = FolderCheck.run(root)
      guard problems.count == 1, case .damagedFile(.invalidJSON(let path, let at, _)) = problems[0]
      else {
        Issue.record("\(name): \(problems)")
        return
      }
      #expect(path == file.path)
      // Into the value: from its first byte to the one just after it (where, for a value cut
      // short, the reader finds that it does not end).
      let first = TextPosition(offset: range.lowerBound, in: bytes)
      let after =
        Suite.closedByTheRecord.contains(name)
        ? TextPosition(offset: bytes.count, in: bytes)
        : TextPosition(offset: range.upperBound + 1, in: bytes)
      #expect(isBefore(first, at) && isBefore(at, after), "\(name): \(at), value \(first)–\(after)")
    }
  }

  @Test(arguments: Suite.names("y_") + Suite.acceptedImplementationDefined.sorted())
  func mustAcceptIsAccepted(_ name: String) throws {
    try withTemporaryFolder { root in
      _ = try folderWithUnknownField(try Suite.bytes(name), in: root)
      #expect(FolderCheck.run(root) == [], "\(name)")
      #expect(throws: Never.self) { _ = try DataFolder(root).load() }
    }
  }

  @Test func aLoneSurrogateIsReportedWhereItStands() throws {
    try withTemporaryFolder { root in
      try DataFolder(root).save(sampleProvince())
      let file = root.appendingPathComponent("communes.json")
      let text = try String(contentsOf: file, encoding: .utf8)
      let damaged = text.replacingOccurrences(of: "Đồng Lương", with: "Đồng \\uD800x")
      try damaged.write(to: file, atomically: true, encoding: .utf8)
      let line = damaged.split(separator: "\n")[1]
      let column = line.distance(from: line.startIndex, to: line.firstIndex(of: "\\")!) + 1
      #expect(
        FolderCheck.run(root) == [
          .damagedFile(
            .invalidJSON(
              file: file.path, position: TextPosition(line: 2, column: column),
              problem: .loneSurrogate))
        ])
    }
  }

  @Test func aJournalLineThatIsNotJSONIsNamedWithItsColumn() throws {
    try withTemporaryFolder { root in
      let data = sampleProvince()
      try DataFolder(root).save(data)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      var body = [UInt8](try encoder.encode(Change.upsert(.tip(data.tips[0]))))
      body.insert(contentsOf: Array(",\"note\":[1,]".utf8), at: body.count - 1)
      let head = "{\"seq\":1,\"crc\":\"\(CRC32.hex(CRC32.checksum(body)))\",\"change\":"
      let line = Array(head.utf8) + body + Array("}\n".utf8)
      try Data(line).write(to: root.appendingPathComponent(JournalLine.fileName))
      // The "]" after "1,", counted in characters.
      let before = String(decoding: Array(head.utf8) + body.dropLast(2), as: UTF8.self)
      let column = before.unicodeScalars.count + 1
      #expect(
        FolderCheck.run(root) == [
          .journalLine(
            file: root.appendingPathComponent(JournalLine.fileName).path, line: 1,
            problem: .invalidJSON(column: column, problem: .unexpectedCharacter("]")))
        ])
    }
  }

  @Test func aConsoleJournalLineThatIsNotJSONIsNamedWithItsColumn() throws {
    let tip = sampleProvince().tips[0]
    let stamped = StampedChange(
      id: ChangeID(writer: "w1", sequence: 1), time: 1, author: Author(user: "u", host: "h"),
      base: nil, settles: [], change: .upsert(.tip(tip)))
    let good = try StampedLine(stamped: stamped, province: "P", years: [2025]).encoded()
    #expect(throws: Never.self) { try StampedLine.parse(good.dropLast()).get() }
    // A field a newer version might add, holding `[1,]`, before the checksum.
    let cut = good.count - Array(",\"crc\":\"00000000\"}\n".utf8).count
    let covered = Array(good[..<cut]) + Array(",\"zz\":[1,]".utf8)
    let line = covered + Array(",\"crc\":\"\(CRC32.hex(CRC32.checksum(covered)))\"}".utf8)
    let column = String(decoding: covered.dropLast(1), as: UTF8.self).unicodeScalars.count + 1
    #expect(
      StampedLine.parse(line[...])
        == .failure(.invalidJSON(column: column, problem: .unexpectedCharacter("]"))))
  }
}
