import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A fold encodes only the records that changed and splices in the old bytes of the others.
/// What it writes must be what the writer before it wrote: every record encoded (one
/// `JSONEncoder` call each, one per line), then every unchanged record's old bytes put back
/// and a changed record's unknown fields added (`referenceFold`).
@Suite struct FoldWriterTests {
  static let demo: ProvinceData = {
    let assets = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("assets")
    let description = try! CatalogLoader.loadJSON(
      DemoDescription.self, from: assets.appendingPathComponent("demo/description.json"))
    var demo = DemoGenerator.generate(description)
    // Every kind and every year, a few hundred records of each: a test, not a benchmark.
    for type in RecordTypes.all { type.keepFirst(300, perFileOf: &demo) }
    // Files carry identities only sealed: a stand-in seal, as the store would have made one.
    for index in demo.tips.indices where demo.tips[index].informant != nil {
      demo.tips[index].informant = nil
      demo.tips[index].sealedIdentity = SealedIdentity(box: "c2VhbGVk", keys: ["lanhdao": "a2V5"])
    }
    return demo
  }()

  @Test(arguments: ["demo", "varied"])
  func everyFileOfAFoldIsByteForByteWhatEncodingEveryRecordWrote(_ name: String) throws {
    let base = name == "demo" ? Self.demo : variedProvince()
    try withTemporaryFolder { root in
      let folder = DataFolder(root.appendingPathComponent("data"))
      // Per file: its first record is new at the fold, its second deleted, its third changed
      // (it and the fourth, untouched, have fields this version does not know).
      var before = base
      var after = base
      var changed: [String: Set<String>] = [:]
      for type in RecordTypes.all {
        for ids in type.idsPerFile(base) where ids.count >= 4 {
          type.remove(ids[0], from: &before)
          type.remove(ids[1], from: &after)
          changed[type.collectionName, default: []].formUnion(ids[0...2])
        }
      }
      try folder.save(before)
      let marked = try Self.addUnknownFields(folder, changed: changed, base: base)
      #expect(marked.count > 2 * RecordTypes.all.count, "few records were marked")

      var files = Collections.registers
      for year in Set(before.years).union(after.years).sorted() {
        files += Collections.yearly(year: year)
      }
      var compared = 0
      for file in files {
        let path = folder.file(file.relativePath)
        guard let old = try? FileIO.read(path) else { continue }
        let ids = changed[file.collection] ?? []
        let written = try file.encode(
          after, RecordReuse.Previous(old: old, changed: .init(ids: ids)))
        let expected = try referenceFold(
          fresh: try Self.encodedOneByOne(file, after), old: old, changed: ids)
        #expect(
          written == expected,
          "\(file.relativePath): \(firstDifference(written, expected))")
        compared += 1
      }
      #expect(compared == files.count)

      // Through the fold's save: the data reads back, and what no change touched is there.
      try folder.save(
        after, years: nil, registers: nil, reuse: changed.mapValues { .init(ids: $0) }
      ) { _ in }
      #expect(try folder.load().canonical == after.canonical)
      for (path, field) in marked {
        #expect(try text(URL(fileURLWithPath: path)).contains(field), "\(path) lost \(field)")
      }
    }
  }

  /// A file as the earlier writer encoded it: each record on its own, one per line.
  static func encodedOneByOne(_ file: CollectionFile, _ data: ProvinceData) throws -> Data {
    let whole = [UInt8](try file.encode(data, nil))
    let head = whole[..<(whole.firstIndex(of: UInt8(ascii: "["))! + 1)]
    guard let records = RecordReuse.records(in: whole), !records.elements.isEmpty else {
      return Data(whole)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out = [UInt8](head)
    let values = try file.records(data)
    for (index, value) in values.enumerated() {
      out += index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
      out += try encoder.encode(AnyEncodable(value))
    }
    out += Array("\n]}\n".utf8)
    return Data(out)
  }

  /// Adds an unknown field to the third and fourth record of every file that has four,
  /// counted in `base`'s order; returns each file with the field it got.
  static func addUnknownFields(
    _ folder: DataFolder, changed: [String: Set<String>], base: ProvinceData
  ) throws -> [(String, String)] {
    var marked: [(String, String)] = []
    for file in try folder.filesOnDisk() {
      let path = folder.file(file)
      var bytes = [UInt8](try FileIO.read(path))
      guard let records = RecordReuse.records(in: bytes), records.elements.count >= 3 else {
        continue
      }
      // In the file as saved the first record is missing: the third and fourth are at 1 and 2.
      for (number, element) in records.elements[1...2].enumerated().reversed() {
        let field = "\"zFuture\(number)\":{\"note\":\"thêm, \\\"tay\\\" [1]\",\"n\":[1,2]},"
        bytes.insert(contentsOf: Array(field.utf8), at: element.range.lowerBound + 1)
        marked.append((path, field.dropLast() + ""))
      }
      try FileIO.replace(path, with: Data(bytes))
    }
    return marked
  }

  @Test func theRecordsOfACompactArrayAreCutOnlyAtItsOwnCommas() {
    let array = Array(#"[{"a":"x,y","b":[1,2]},"q\",]",3,{"c":{"d":"}"}}]"#.utf8)
    let parts = RecordArraySplit.elements(array).map { String(decoding: array[$0], as: UTF8.self) }
    #expect(parts == [#"{"a":"x,y","b":[1,2]}"#, #""q\",]""#, "3", #"{"c":{"d":"}"}}"#])
    #expect(RecordArraySplit.elements(Array("[]".utf8)).isEmpty)
  }

  @Test func aRecordIsFoundByItsIdEvenWhenTheKeyIsEscaped() {
    let object = Array(#"{"a":{"id":"inner"},"\u0069d":"X\"1","id":"later"}"#.utf8)
    #expect(RecordReuse.id(of: object[...]) == "X\"1")
    #expect(RecordReuse.id(of: Array(#"{"a":1}"#.utf8)[...]) == nil)
  }
}

/// The fold as the earlier writer did it, from a file with every record encoded: each
/// record whose id (its "id" field) the old file has and no change touched is put back as
/// its old bytes; a changed one gets the old record's fields it lacks.
private func referenceFold(fresh: Data, old: Data, changed: Set<String>) throws -> Data {
  let newBytes = [UInt8](fresh)
  let oldBytes = [UInt8](old)
  guard let new = RecordReuse.records(in: newBytes), let before = RecordReuse.records(in: oldBytes)
  else { return fresh }
  func id(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    let field = RecordReuse.fields(of: bytes[range])?.first { $0.key == "id" }
    guard let field else { return "" }
    var scanner = RecordReuse.Scanner(bytes: bytes[field.value])
    return scanner.string() ?? ""
  }
  var oldByID: [String: Range<Int>] = [:]
  for element in before.elements where oldByID[id(oldBytes, element.range)] == nil {
    oldByID[id(oldBytes, element.range)] = element.range
  }
  var out = [UInt8](newBytes[..<new.open])
  for (index, element) in new.elements.enumerated() {
    out += index == 0 ? [0x0A] : [UInt8(ascii: ","), 0x0A]
    let key = id(newBytes, element.range)
    let encoded = newBytes[element.range]
    if let previous = oldByID[key] {
      out +=
        changed.contains(key)
        ? RecordReuse.withFields(encoded, from: oldBytes[previous]) : Array(oldBytes[previous])
    } else {
      out += encoded
    }
  }
  if !new.elements.isEmpty { out.append(0x0A) }
  out += newBytes[new.close...]
  return Data(out)
}

private func firstDifference(_ a: Data, _ b: Data) -> String {
  let x = [UInt8](a)
  let y = [UInt8](b)
  let index =
    zip(x, y).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(x.count, y.count)
  let around = { (bytes: [UInt8]) in
    String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self)
  }
  return "differs at byte \(index) of \(x.count)/\(y.count): «\(around(x))» vs «\(around(y))»"
}

private struct AnyEncodable: Encodable {
  let value: any Encodable
  init(_ value: any Encodable) { self.value = value }
  func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

extension RecordType {
  /// Per file the kind has, its records' ids in order.
  fileprivate static func idsPerFile(_ data: ProvinceData) -> [[String]] {
    let records = data[keyPath: Self.records]
    return Dictionary(grouping: records) { $0.fileYear ?? 0 }.sorted { $0.key < $1.key }
      .map { $0.value.map(\.id) }
  }

  fileprivate static func remove(_ id: String, from data: inout ProvinceData) {
    data[keyPath: Self.records].removeAll { $0.id == id }
  }

  fileprivate static func keepFirst(_ count: Int, perFileOf data: inout ProvinceData) {
    var seen: [Int: Int] = [:]
    data[keyPath: Self.records].removeAll { record in
      seen[record.fileYear ?? 0, default: 0] += 1
      return seen[record.fileYear ?? 0]! > count
    }
  }
}

extension CollectionFile {
  /// The values the file holds of `data`, in file order.
  fileprivate func records(_ data: ProvinceData) throws -> [any Encodable] {
    guard collection != "province" else { return [data.province] }
    let type = RecordTypes.all.first { $0.collectionName == collection }!
    return type.values(data, year: year)
  }
}

extension RecordType {
  fileprivate static func values(_ data: ProvinceData, year: Int?) -> [any Encodable] {
    data[keyPath: Self.records].filter { year == nil || $0.fileYear == year }
  }
}
