import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// The same file through the store's decoder with and without the fast reader.
private func errors(_ json: String, _ name: String = "members")
  -> (fast: StoreError?, foundation: StoreError?)
{
  let data = Data(json.utf8)
  func run(_ fast: Bool) -> StoreError? {
    do throws(StoreError) {
      _ = try JSONFileDecoder.decode(
        Envelope<Member>.self, from: data, file: "/data/\(name).json", expectedCollection: name,
        fast: fast)
      return nil
    } catch {
      return error
    }
  }
  return (run(true), run(false))
}

private let goodMember =
  #"{"birthYear":1985,"fullName":"A","gender":"male","id":"MB01","joined":"2024-07-01","paidAllowance":true,"role":"member","teamID":"T001","uniformIssued":true}"#

@Suite struct FastJSONFallbackTests {
  @Test(arguments: [
    // syntax: a missing comma, a truncated file, trailing garbage
    #"{"schema":1,"collection":"members","records":[{"id":"MB01" "teamID":"T"}]}"#,
    #"{"schema":1,"collection":"members","records":[{"id":"MB"#,
    #"{"schema":1,"collection":"members","records":[]} x"#,
    // a number where text is expected, a missing field, a null, a bad date, an unknown choice
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "\"A\"", with: "7"))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "\"teamID\":\"T001\",", with: ""))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "\"T001\"", with: "null"))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "2024-07-01", with: "2024-02-30"))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "\"male\"", with: "\"other\""))]}"#,
    // an integer too big, a fraction for a year, a lone surrogate
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "1985", with: "99999999999999999999"))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "1985", with: "1985.5"))]}"#,
    #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "\"A\"", with: "\"\\ud800\""))]}"#,
    // the envelope: another schema, another collection
    #"{"schema":9,"collection":"members","records":[]}"#,
    #"{"schema":1,"collection":"teams","records":[]}"#,
  ])
  func damagedFilesGiveTheSameErrorAsBefore(json: String) {
    let (fast, foundation) = errors(json)
    #expect(foundation != nil)
    #expect(fast == foundation)
  }

  @Test func theFastReaderRefusesWhatItCannotMatchExactly() {
    let refusedNumbers = [
      "[1.0]",  // Foundation reads 1.0 as an Int; the fast reader leaves that to it
      "[1e2]",
      "[01]",
      "[1] 2",
      "[-]",
    ]
    for json in refusedNumbers {
      #expect(throws: (any Error).self, "\(json)") {
        try FastJSONDecoder.decode([Int].self, from: Data(json.utf8))
      }
    }
    let refusedTexts = ["[\"\\ud800\"]", "[\"\\udc00\"]", "[\"a\\x\"]", "[\"\u{01}\"]", "[\"open]"]
    for json in refusedTexts {
      #expect(throws: (any Error).self, "\(json)") {
        try FastJSONDecoder.decode([String].self, from: Data(json.utf8))
      }
    }
    let invalidUTF8 = Data([0x5B, 0x22, 0xC3, 0x28, 0x22, 0x5D])
    #expect(throws: (any Error).self) {
      try FastJSONDecoder.decode([String].self, from: invalidUTF8)
    }
  }

  @Test func valuesFoundationAcceptsButTheFastReaderRefusesStillLoad() throws {
    let json =
      #"{"schema":1,"collection":"members","records":[\#(goodMember.replacingOccurrences(of: "1985", with: "1.985e3"))]}"#
    let members = try JSONFileDecoder.decode(
      Envelope<Member>.self, from: Data(json.utf8), file: "m.json", expectedCollection: "members"
    ).records
    #expect(members.first?.birthYear == 1985)
  }
}
