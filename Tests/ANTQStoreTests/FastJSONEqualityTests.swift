import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Decodes `records` as the store writes them with the fast reader (which must not give up)
/// and with Foundation, and returns both.
private func bothWays<Record: Codable & Equatable>(_ records: [Record], _ name: String) throws
  -> (fast: [Record], foundation: [Record])
{
  let data = try EnvelopeWriter.encode(records, collection: name, year: 2025)
  let fast = try FastJSONDecoder.decode(
    Envelope<Record>.self, from: data, userInfo: [.expectedCollection: name]
  ).records
  let decoder = JSONDecoder()
  decoder.userInfo[.expectedCollection] = name
  let foundation = try decoder.decode(Envelope<Record>.self, from: data).records
  return (fast, foundation)
}

@Suite struct FastJSONEqualityTests {
  @Test func everyCollectionDecodesToTheSameValuesAsFoundation() throws {
    let data = variedProvince()
    func check<R: Codable & Equatable>(_ records: [R], _ name: String) throws {
      let (fast, foundation) = try bothWays(records, name)
      #expect(fast.count == records.count, "\(name)")
      // Name only the first differing record: the whole list would drown the message.
      let differing = zip(fast, foundation).enumerated().first { $0.element.0 != $0.element.1 }
      #expect(
        differing == nil,
        "\(name) record \(differing?.offset ?? -1): \(String(describing: differing?.element))")
      #expect(foundation == records, "\(name)")
    }
    try check(data.communes, "communes")
    try check(data.residentialAreas, "residential-areas")
    try check(data.institutions, "institutions")
    try check(data.assessments, "assessments")
    try check(data.newRural, "new-rural")
    try check(data.modelTypes, "model-types")
    try check(data.modelSites, "model-sites")
    try check(data.appraisals, "appraisals")
    try check(data.exemplars, "exemplars")
    try check(data.teams, "teams")
    try check(data.members, "members")
    try check(data.patrols, "patrols")
    try check(data.tips, "tips")
    try check(data.incidents, "incidents")
    try check(data.outreach, "outreach")
    try check(data.trafficDuties, "traffic")
    try check(data.wantedCases, "wanted")
    try check(data.managedPeople, "managed-people")
    try check(data.educationFiles, "education-files")
    try check(data.rescues, "rescues")
    try check(data.users, "users")
    try check(data.reveals, "reveals")
    try check([data.province], "province")
  }

  @Test func aSavedFolderLoadsBackIdenticallyThroughTheFastReader() throws {
    try withTemporaryFolder { root in
      var data = variedProvince(recordsPerCollection: 120)
      // A load returns activity grouped by year; keep one year so the order is the saved one.
      data.patrols = []
      data.tips = []
      data.incidents = []
      data.outreach = []
      data.trafficDuties = []
      data.wantedCases = []
      data.educationFiles = []
      data.rescues = []
      // Assessments and appraisals live in one file per year: they come back year by year.
      data.assessments = byYear(data.assessments, \.year)
      data.appraisals = byYear(data.appraisals, \.year)
      let folder = DataFolder(root)
      try folder.save(data)
      #expect(try folder.load() == data)
    }
  }

  @Test func escapesAndUnicodeEscapesMatchFoundation() throws {
    let json = #"""
      ["a\nb", "say \"hi\"", "C:\\dir", "caf\u00e9", "\ud83d\ude00 smile", "\/slash\/",
       "tab\there", "\b\f\r", "\u0000nul", "Tổ dân phố", "\u1EA0\u1ea1", "mixed \u00e9 and é"]
      """#
    let data = Data(json.utf8)
    let fast = try FastJSONDecoder.decode([String].self, from: data)
    #expect(fast == (try JSONDecoder().decode([String].self, from: data)))
    #expect(fast[0] == "a\nb")
    #expect(fast[1] == "say \"hi\"")
    #expect(fast[2] == "C:\\dir")
    #expect(fast[3] == "café")
    #expect(fast[4] == "😀 smile")
    #expect(fast[5] == "/slash/")
    #expect(fast[8] == "\u{0}nul")
    #expect(fast[10] == "Ạạ")
  }

  @Test func specialCharactersAtEveryPositionOfAWordMatchFoundation() throws {
    // The reader scans eight bytes at a time: put each kind of special byte at every offset.
    var texts: [String] = []
    for special in ["\"", "\\", "\n", "é", "Ẩ", "😀", "\u{1}"] {
      for length in 0..<20 {
        for position in 0...length {
          var text = String(repeating: "a", count: length)
          text.insert(contentsOf: special, at: text.index(text.startIndex, offsetBy: position))
          texts.append(text)
        }
      }
    }
    let data = try JSONEncoder().encode(texts)
    let fast = try FastJSONDecoder.decode([String].self, from: data)
    #expect(fast == texts)
  }

  @Test func numbersMatchFoundation() throws {
    let json = "[0, -1, 42, -0, 9223372036854775807, -9223372036854775808, 1234567890123]"
    let data = Data(json.utf8)
    let fast = try FastJSONDecoder.decode([Int].self, from: data)
    #expect(fast == (try JSONDecoder().decode([Int].self, from: data)))
    #expect(fast == [0, -1, 42, 0, Int.max, Int.min, 1_234_567_890_123])
    let doubles = Data("[0.5, -1e3, 2.25E-2, 7]".utf8)
    #expect(
      try FastJSONDecoder.decode([Double].self, from: doubles)
        == (try JSONDecoder().decode([Double].self, from: doubles)))
  }

  @Test func nullsAbsentKeysAndUnknownKeysMatchFoundation() throws {
    let json = """
      {"schema":1,"collection":"teams","records":[
      {"communeID":"X","dissolved":null,"founded":"2024-07-01","id":"T1","name":"Tổ 1","residentialAreaIDs":[],"extra":{"a":[1,{"b":null}]}},
      {"communeID":"X","dissolved":"2025-01-31","founded":"2024-02-29","id":"T2","name":"Tổ 2","residentialAreaIDs":["K1","K2"]}
      ]}
      """
    let data = Data(json.utf8)
    let fast = try FastJSONDecoder.decode(Envelope<Team>.self, from: data).records
    #expect(fast == (try JSONDecoder().decode(Envelope<Team>.self, from: data)).records)
    #expect(fast[0].dissolved == nil)
    #expect(fast[1].dissolved == Day(year: 2025, month: 1, day: 31))
  }

  @Test func duplicateKeysTakeTheFirstValueLikeFoundation() throws {
    let data = Data(#"{"name":"first","name":"second","illustrative":false}"#.utf8)
    let fast = try FastJSONDecoder.decode(Province.self, from: data)
    #expect(fast == (try JSONDecoder().decode(Province.self, from: data)))
  }

  private func byYear<T>(_ records: [T], _ year: KeyPath<T, Int>) -> [T] {
    records.enumerated().sorted {
      ($0.element[keyPath: year], $0.offset) < ($1.element[keyPath: year], $1.offset)
    }.map(\.element)
  }
}
