import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

private enum Shift: Int, Codable, Equatable {
  case morning = 1
  case night = 2
}

/// Records that read their own fields (`FieldReadable`) off the fast reader's tape, and the
/// values it now reads without Decodable's containers, against Foundation's JSONDecoder.
@Suite struct FieldReadableTests {
  private func both<T: Decodable & Equatable>(_ type: T.Type, _ json: String) throws -> (T, T) {
    let data = Data(json.utf8)
    return (
      try FastJSONDecoder.decode(type, from: data), try JSONDecoder().decode(type, from: data)
    )
  }

  @Test func aRecordWrittenByAnotherProgramReadsTheSameBothWays() throws {
    // Keys in another order than the store writes them, a field of a newer version, a null
    // optional, an optional left out, and a sealed identity with a key twice (the first wins).
    let json = #"""
      {"steps": [{"reason": "", "at": "2025-03-09T09:52", "stage": "received", "later": 1},
                 {"stage": "forwarded", "at": "2025-03-10T08:00", "reason": "CA huyện",
                  "number": null}],
       "id": "TB1", "communeID": "X001", "receivedAt": "2025-03-09T09:52",
       "channel": "phone", "kind": "denunciation", "topic": "Trộm cắp", "urgency": "urgent",
       "summary": "Mất xe máy", "residentialAreaID": null, "newerField": {"a": [1, 2]},
       "sealedIdentity": {"box": "AAAA", "keys": {"admin": "k1", "chu.tich": "k2", "admin": "k3"}},
       "byForce": true}
      """#
    let (fast, foundation) = try both(Tip.self, json)
    #expect(fast == foundation)
    #expect(fast.steps.map(\.stage) == [.received, .forwarded])
    #expect(fast.sealedIdentity?.keys == ["admin": "k1", "chu.tich": "k2"])
    #expect(fast.residentialAreaID == nil && fast.teamID == nil && fast.byForce == true)
  }

  @Test func enumsAndListsOfEveryKindReadAsFoundationReadsThem() throws {
    let (shifts, foundationShifts) = try both([Shift].self, "[1, 2, 1]")
    #expect(shifts == foundationShifts)
    #expect(shifts == [.morning, .night, .morning])
    let (kinds, foundationKinds) = try both([RecordKind].self, #"["patrol", "tip"]"#)
    #expect(kinds == foundationKinds)
    let (names, foundationNames) = try both([String: String].self, #"{"a": "1", "b": "\u00e9"}"#)
    #expect(names == foundationNames)
  }

  @Test func whatOnlyFoundationCanReportIsLeftToIt() {
    // An unknown name, a missing field and a null in a required one: the fast reader gives
    // up, so the store's decoder reports them through Foundation, with the field's path.
    let patrol =
      #"{"communeID":"X001","end":"2025-02-28T00:26","findings":"","id":"P1","notes":"","participants":{"militia":1,"police":2,"teamMembers":0},"residentialAreaIDs":[],"route":"R","start":"2025-02-27T21:45","tipsCollected":0}"#
    for bad in [
      patrol.replacingOccurrences(of: #""police":2,"#, with: ""),
      patrol.replacingOccurrences(of: #""route":"R""#, with: #""route":null"#),
    ] {
      #expect(throws: (any Error).self) {
        try FastJSONDecoder.decode(Patrol.self, from: Data(bad.utf8))
      }
      #expect(throws: DecodingError.self) {
        try JSONDecoder().decode(Patrol.self, from: Data(bad.utf8))
      }
    }
    #expect(throws: (any Error).self) {
      try FastJSONDecoder.decode([RecordKind].self, from: Data(#"["nothing"]"#.utf8))
    }
  }
}
