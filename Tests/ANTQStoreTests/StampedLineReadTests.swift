import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A journal line's fields are read off the tape by hand (faster than `Decodable`): each line
/// must read exactly as Foundation's decoder reads it, or be left to Foundation.
@Suite struct StampedLineReadTests {
  /// What the hand reader makes of `json`, or nil when it leaves the line to Foundation.
  static func byHand(_ json: [UInt8]) -> StampedLine.Body? {
    json.withUnsafeBufferPointer { bytes in
      guard let tape = try? JSONTapeBuilder.build(bytes) else { return nil }
      return tape.withUnsafeBufferPointer { entries in
        let document = TapeDocument(bytes: bytes, tape: entries)
        return try? StampedLine.Body(tape: document, decoder: TapeDecoder(document, userInfo: [:]))
      }
    }
  }

  static func byFoundation(_ json: [UInt8]) -> StampedLine.Body? {
    try? JSONDecoder().decode(StampedLine.Body.self, from: Data(json))
  }

  /// Every kind of record, upserted and deleted, with the optional fields set and not.
  static func lines() -> [StampedLine] {
    var demo = FastJSONEncoderTests.demo
    // Identities are sealed before they are written (a line with one in clear is refused).
    for index in demo.tips.indices { demo.tips[index].informant = nil }
    demo.users = [
      User(id: "canbo.chidam", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: ["X001"])
    ]
    demo.reveals = [
      IdentityReveal(
        id: "R-1", tipID: demo.tips[0].id, account: "lanhdao",
        at: Moment(day: Day(year: 2025, month: 3, day: 4)!, hour: 9, minute: 30)!,
        reason: "Xác minh \"nguồn\" tin")
    ]
    func some<T: RecordType>(_ type: T.Type) -> [Record] {
      demo[keyPath: T.records].prefix(3).map(Record.init)
    }
    var lines: [StampedLine] = []
    for (number, type) in RecordTypes.all.enumerated() {
      let records = some(type)
      #expect(!records.isEmpty, "\(type.kind)")
      for (index, record) in records.enumerated() {
        let full = index % 2 == 0
        let stamped = StampedChange(
          id: ChangeID(writer: "xa-a1.canbo@may\(number).1", sequence: index + 1),
          time: 1_796_000_000_000_000 + Int64(index),
          author: Author(user: "canbo.chidam", host: "máy-\(number)"),
          base: full ? ChangeID(writer: "tinh.ld@pc.2", sequence: 40) : nil,
          settles: full ? [ChangeID(writer: "a:b", sequence: 1), ChangeID("c.d@e.1:7")!] : [],
          change: index == 2 ? .delete(record.kind, id: record.id) : .upsert(record))
        lines.append(
          StampedLine(
            stamped: stamped, province: "29fe9b44", years: full ? [2024, 2025] : nil,
            prev: full ? String(repeating: "ab", count: 32) : nil, created: full ? true : nil))
      }
    }
    return lines
  }

  @Test func everyKindOfLineReadsByHandAsFoundationReadsIt() throws {
    for line in Self.lines() {
      let json = Array(try line.encoded().dropLast())
      let hand = Self.byHand(json)
      #expect(hand != nil, "\(String(decoding: json, as: UTF8.self))")
      #expect(hand == Self.byFoundation(json))
      #expect(StampedLine.parse(json[...]) == .success(line))
    }
  }

  @Test func keysInAnyOrderNullsAndFieldsOfNewerVersionsReadAlike() {
    let record = #"{"kind":"patrol","op":"delete","id":"P-1","later":{"x":[1,{"y":null}]}}"#
    let bodies = [
      #"{"w":"a.b@c.1","v":1,"seq":3,"p":"P","host":"h","change":\#(record),"by":"u","at":5}"#,
      #"{"at":5,"base":null,"by":"u","change":\#(record),"host":"h","new":null,"p":"P","prev":null,"seq":3,"settles":null,"v":1,"w":"a.b@c.1","years":null,"crc":"x"}"#,
      #"{"at":5,"by":"u","change":\#(record),"host":"h","p":"P","seq":3,"v":1,"w":"a.b@c.1","extra":[[],{}],"new":false,"years":[]}"#,
    ]
    for body in bodies {
      let json = Array(body.utf8)
      #expect(Self.byHand(json) != nil, "\(body)")
      #expect(Self.byHand(json) == Self.byFoundation(json), "\(body)")
    }
  }

  /// Lines the hand reader cannot be sure of go to Foundation: the same answer either way.
  @Test func linesTheHandReaderLeavesAreReadByFoundation() {
    let base = #""at":5,"by":"u","host":"h","p":"P","v":1,"w":"a.b@c.1""#
    let delete = #"{"kind":"patrol","op":"delete","id":"P-1"}"#
    let bodies = [
      #"{\#(base),"seq":3,"seq":4,"change":\#(delete)}"#,
      #"{\#(base),"seq":null,"change":\#(delete)}"#,
      #"{\#(base),"seq":3,"change":{"kind":"patrol","op":"delete","id":"P-1","id":"P-2"}}"#,
      #"{\#(base),"seq":3,"change":{"kind":"patrol","op":"upsert","id":"P-1"}}"#,
      #"{\#(base),"seq":3,"change":{"kind":"nothing","op":"delete","id":"P-1"}}"#,
      #"{\#(base),"seq":3,"change":{"kind":"patrol","op":"rename","id":"P-1"}}"#,
      #"{\#(base),"seq":3,"change":\#(delete),"base":"no colon"}"#,
      #"{\#(base),"seq":3.5,"change":\#(delete)}"#,
      #"{\#(base),"se\u0071":3,"change":\#(delete)}"#,
    ]
    for body in bodies {
      let json = Array(body.utf8)
      #expect(Self.byHand(json) == nil, "\(body)")
      var bytes = Array(json.dropLast())
      let crc = CRC32.hex(CRC32.checksum(bytes))
      bytes += Array(#","crc":"\#(crc)"}"#.utf8)
      let parsed = StampedLine.parse(bytes[...])
      if case .success(let line) = parsed {
        #expect(Self.byFoundation(json)?.seq == line.stamped.id.sequence, "\(body)")
      } else {
        #expect(Self.byFoundation(json) == nil, "\(body)")
      }
    }
  }
}
