import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// The export's encoder writes the bytes Foundation's JSONEncoder writes with sorted keys
/// and unescaped slashes, so the province-year export did not change when it got faster.
@Suite struct FastJSONEncoderTests {
  static let demo: ProvinceData = {
    let assets = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("assets")
    let description = try! CatalogLoader.loadJSON(
      DemoDescription.self, from: assets.appendingPathComponent("demo/description.json"))
    return DemoGenerator.generate(description)
  }()

  static func foundation<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(value))
  }

  @Test func everyKindOfRecordEncodesAsFoundationDoes() throws {
    let demo = Self.demo
    func same<R: Encodable>(_ records: [R], _ kind: String) throws {
      #expect(!records.isEmpty, "\(kind)")
      // A few hundred of each kind: a test, not a benchmark.
      for record in records.prefix(300) {
        let fast = try FastJSONEncoder.encode(record)
        let slow = try Self.foundation(record)
        #expect(fast == slow, "\(kind): \(String(decoding: fast, as: UTF8.self))")
        if fast != slow { return }
      }
    }
    try same(demo.communes, "communes")
    try same(demo.residentialAreas, "areas")
    try same(demo.institutions, "institutions")
    try same(demo.newRural, "new-rural")
    try same(demo.modelTypes, "model types")
    try same(demo.modelSites, "sites")
    try same(demo.exemplars, "exemplars")
    try same(demo.teams, "teams")
    try same(demo.members, "members")
    try same(demo.assessments, "assessments")
    try same(demo.appraisals, "appraisals")
    try same(demo.patrols, "patrols")
    // Tips leave without their informant, as the export writes them.
    try same(
      demo.tips.map {
        var tip = $0
        tip.informant = nil
        return tip
      }, "tips")
    try same(demo.incidents, "incidents")
    try same(demo.outreach, "outreach")
    try same(demo.trafficDuties, "traffic")
    try same(demo.wantedCases, "wanted")
    try same(demo.rescues, "rescues")
    try same([YearReport(data: demo, year: 2025)], "figures")
  }

  @Test func textWithQuotesSlashesAndControlCharactersEncodesAsFoundationDoes() throws {
    let text = "Xã \"Đạo Trù\" / thôn 3\\4\n\t\r\u{01}\u{1F}\u{7F} ✓ 🇻🇳"
    #expect(try FastJSONEncoder.encode([text: [text]]) == (try Self.foundation([text: [text]])))
    #expect(
      try FastJSONEncoder.encode(["b": 1, "a": -2, "B": 3])
        == (try Self.foundation(["b": 1, "a": -2, "B": 3])))
  }

  @Test func numbersEncodeAsFoundationDoes() throws {
    let doubles = [0.1, 3.0, -0.0, 1.5e16, 2e15, 1e-7, 123_456_789.125]
    #expect(try FastJSONEncoder.encode(doubles) == (try Self.foundation(doubles)))
    let floats: [Float] = [0.1, 3, 1e15]
    #expect(try FastJSONEncoder.encode(floats) == (try Self.foundation(floats)))
  }
}
