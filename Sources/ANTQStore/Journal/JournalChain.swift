import Crypto

/// The hash chain of a console's journal: every line written by this version names, in
/// `"prev"`, the SHA-256 of the whole line before it (its bytes and its line break); the first
/// line names a value made from the journal's writer. A line edited by hand — even with its
/// checksum made anew — no longer matches the `prev` of the line after it; a line removed or
/// moved leaves a `prev` that names another line. Lines of earlier versions have no `prev`:
/// they stay readable, but once a journal has a chained line every later line must chain.
enum JournalChain {
  /// What the first line of `writer`'s journal chains from.
  static func start(of writer: String) -> String {
    hex(SHA256.hash(data: Array("antq journal \(writer)".utf8)))
  }

  /// The hash the next line names: of `line`'s bytes, its line break included.
  static func link<Bytes: Collection<UInt8>>(_ line: Bytes) -> String {
    var hasher = SHA256()
    if let done = line.withContiguousStorageIfAvailable({ hasher.update(bufferPointer: .init($0)) })
    {
      _ = done
    } else {
      hasher.update(data: Array(line))
    }
    return hex(hasher.finalize())
  }

  private static func hex(_ digest: SHA256.Digest) -> String {
    // Written straight into the string: every line of every journal is hashed at open.
    digest.withUnsafeBytes { bytes in
      String(unsafeUninitializedCapacity: bytes.count * 2) { text in
        let digits: StaticString = "0123456789abcdef"
        for (offset, byte) in bytes.enumerated() {
          text[2 * offset] = digits.utf8Start[Int(byte >> 4)]
          text[2 * offset + 1] = digits.utf8Start[Int(byte & 0x0F)]
        }
        return bytes.count * 2
      }
    }
  }
}

/// How far a reader has followed one journal's chain: the hash the next line must name, and
/// whether a line so far was chained (then every later one must be).
struct ChainTip: Equatable, Sendable {
  var hash: String
  var chained = false

  /// Before the first line of `writer`'s journal.
  init(writer: String) { hash = JournalChain.start(of: writer) }

  init(hash: String, chained: Bool) {
    self.hash = hash
    self.chained = chained
  }

  /// The verdict on `line` coming next at `number`; `lineWithHash` finds another line of the
  /// same journal a broken chain names (a line moved), when the caller knows them.
  func problem(
    of line: StampedLine, number: Int, lineWithHash: (String) -> Int? = { _ in nil }
  ) -> JournalProblem? {
    guard let prev = line.prev else { return chained ? .chainMissing : nil }
    guard prev != hash else { return nil }
    let other = lineWithHash(prev).flatMap { $0 == number - 1 ? nil : $0 }
    return .chainBroken(previous: number - 1, writtenAfter: other)
  }

  /// The tip after `line`, whose bytes (line break included) are `bytes`.
  func after<Bytes: Collection<UInt8>>(_ line: StampedLine, bytes: Bytes) -> ChainTip {
    ChainTip(hash: JournalChain.link(bytes), chained: chained || line.prev != nil)
  }
}
