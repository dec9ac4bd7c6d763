import ANTQCore
import Foundation

/// One line of a console's journal (`journals/<writer>.jsonl`): a stamped change as one JSON
/// object with sorted keys, closed by its checksum —
/// `{"at":…,"base":"…","by":"…","change":{…},"host":"…","p":"…","prev":"…","seq":7,"v":1,"w":"…","years":[2025],"crc":"89abcdef"}`.
/// `prev` chains the line to the one before it (`JournalChain`); a program that does not know
/// it reads the line all the same, so the format number stays 1.
/// The checksum covers every byte before `,"crc"`. Lines are never rewritten: a field a newer
/// version adds is kept as written, through every fold and sync.
struct StampedLine: Equatable, Sendable {
  let stamped: StampedChange
  /// The province the line belongs to (a journal copied in from another province is refused).
  let province: String
  /// The year files the change touches (see `JournalLine`); nil when not known.
  var years: [Int]?
  /// The hash chain: the SHA-256 of the line before it in its journal (`JournalChain`); nil
  /// in lines of versions before the chain.
  var prev: String?
  /// `"new"`: the writer made the record with this change (true), or changed one it had
  /// (false); nil when it could not tell, and in lines of earlier versions. For the history.
  var created: Bool?

  init(
    stamped: StampedChange, province: String, years: [Int]?, prev: String? = nil,
    created: Bool? = nil
  ) {
    self.stamped = stamped
    self.province = province
    self.years = years
    self.prev = prev
    self.created = created
  }

  var trail: TrailChange { TrailChange(stamped, created: created) }

  /// The line format this version writes; a higher one is a newer program's.
  static let format = 1

  struct Body: Codable, Equatable {
    var at: Int64
    var base: ChangeID?
    var by: String
    var change: Change
    var host: String
    var new: Bool?
    var p: String
    var prev: String?
    var seq: Int
    var settles: [ChangeID]?
    var v: Int
    var w: String
    var years: [Int]?
  }

  private struct Head: Decodable { var v: Int }

  func encoded() throws(StoreError) -> [UInt8] {
    let s = stamped
    let body = Body(
      at: s.time, base: s.base, by: s.author.user, change: s.change, host: s.author.host,
      new: created, p: province, prev: prev, seq: s.id.sequence,
      settles: s.settles.isEmpty ? nil : s.settles,
      v: Self.format, w: s.id.writer, years: years)
    var bytes: [UInt8]
    do {
      // Foundation's bytes (sorted keys, slashes as they are), written several times faster.
      bytes = try FastJSONEncoder.encode(body)
    } catch {
      throw StoreError.io(path: "journals", operation: .write, reason: "\(error)")
    }
    bytes.removeLast()
    let crc = CRC32.hex(CRC32.checksum(bytes))
    bytes += Array(",\"crc\":\"\(crc)\"}\n".utf8)
    return bytes
  }

  private static let crcTail = Array(",\"crc\":\"".utf8)

  /// Parses one line without its line break. Lines of one journal read one after another
  /// share `reuse`.
  static func parse(_ line: ArraySlice<UInt8>, reuse: LineReuse = LineReuse()) -> Result<
    StampedLine, JournalProblem
  > {
    let tail = crcTail
    guard line.count > tail.count + 10, line.last == UInt8(ascii: "}") else {
      return .failure(.badFormat)
    }
    let crcStart = line.endIndex - 10 - tail.count
    guard line[crcStart..<(crcStart + tail.count)].elementsEqual(tail),
      line[line.endIndex - 2] == UInt8(ascii: "\""),
      let crc = UInt32(
        String(decoding: line[(crcStart + tail.count)..<(line.endIndex - 2)], as: UTF8.self),
        radix: 16)
    else { return .failure(.badFormat) }
    let covered = line[line.startIndex..<crcStart]
    guard CRC32.checksum(covered) == crc else { return .failure(.checksumMismatch) }
    let body: Body
    // The whole line is one JSON object: the fast reader decodes it in place, `crc` ignored.
    if let fast = try? line.withUnsafeBufferPointer({ bytes in
      try JSONTapeBuilder.build(bytes, into: &reuse.tape)
      return try reuse.tape.withUnsafeBufferPointer { entries in
        let document = TapeDocument(bytes: bytes, tape: entries)
        return try Body(
          tape: document,
          decoder: TapeDecoder(document, userInfo: [:], strategies: reuse.strategies))
      }
    }) {
      body = fast
    } else {
      let json = Data(covered) + Data([UInt8(ascii: "}")])
      // Foundation's reader is lenient: check the line strictly first, fields unknown included.
      if let syntax = JSONSyntaxCheck.firstError(in: json) {
        let column = TextPosition(offset: syntax.offset, in: json).column
        return .failure(.invalidJSON(column: column, problem: syntax.problem))
      }
      do {
        body = try JSONDecoder().decode(Body.self, from: json)
      } catch {
        if let head = try? JSONDecoder().decode(Head.self, from: json), head.v > format {
          return .failure(.newerFormat(head.v))
        }
        return .failure(.undecodable(detail: "\(error)"))
      }
    }
    guard body.v <= format else { return .failure(.newerFormat(body.v)) }
    let stamped = StampedChange(
      id: ChangeID(writer: reuse.writer(body.w), sequence: body.seq), time: body.at,
      author: Author(user: body.by, host: body.host), base: body.base,
      settles: body.settles ?? [], change: body.change)
    return .success(
      StampedLine(
        stamped: stamped, province: body.p, years: reuse.years(body.years), prev: body.prev,
        created: body.new))
  }
}
