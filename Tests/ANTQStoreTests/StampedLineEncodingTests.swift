import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A journal line is written with the fast encoder, and its bytes (checksum included) are the
/// ones Foundation's JSONEncoder wrote before: lines written by this version and by earlier
/// ones read, check and sync alike.
@Suite struct StampedLineEncodingTests {
  private static func foundationLine(_ line: StampedLine) throws -> [UInt8] {
    let s = line.stamped
    // The line's own layout, encoded by Foundation as the earlier versions encoded it.
    let body = StampedLine.Body(
      at: s.time, base: s.base, by: s.author.user, change: s.change, host: s.author.host,
      new: line.created, p: line.province, prev: line.prev, seq: s.id.sequence,
      settles: s.settles.isEmpty ? nil : s.settles, v: 1, w: s.id.writer, years: line.years)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var bytes = [UInt8](try encoder.encode(body))
    bytes.removeLast()
    return bytes + Array(",\"crc\":\"\(CRC32.hex(CRC32.checksum(bytes)))\"}\n".utf8)
  }

  @Test func linesAreTheBytesFoundationWrote() throws {
    var member = sampleProvince().members[0]
    member.fullName = "Nguyễn Thị \"Hoà\" / tổ 3\\4\n\t\u{01}\u{1F}\u{7F} ✓ 🇻🇳"
    member.admissionDecision = "12/QĐ-UBND"
    member.left = nil
    member.monthlyAllowance = nil
    let author = Author(user: "canbo.chidam", host: "máy-01")
    let plain = StampedChange(
      id: ChangeID(writer: "chidam-a1b2.canbo@pc01.1", sequence: 7), time: 1_764_547_200_123,
      author: author, base: nil, settles: [], change: .upsert(.member(member)))
    let full = StampedChange(
      id: ChangeID(writer: "w/2", sequence: 8), time: -1, author: author,
      base: ChangeID(writer: "w/1", sequence: 3),
      settles: [ChangeID(writer: "w/1", sequence: 4), ChangeID(writer: "x", sequence: 1)],
      change: .delete(.member, id: "TV \"1\"/ä"))
    let lines = [
      StampedLine(stamped: plain, province: "a1b2c3d4", years: nil),
      StampedLine(
        stamped: full, province: "a1b2c3d4", years: [2024, 2025],
        prev: String(repeating: "f", count: 64),
        created: false),
      StampedLine(stamped: plain, province: "p", years: [], prev: nil, created: true),
    ]
    for line in lines {
      let written = try line.encoded()
      #expect(
        written == (try Self.foundationLine(line)), "\(String(decoding: written, as: UTF8.self))")
      #expect(try StampedLine.parse(written.dropLast()).get() == line)
    }
  }
}
