import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A problem with one line of one console's journal: the rest of that journal is not read
/// (its later changes may build on the damaged one), every other journal is.
public struct JournalNotice: Equatable, Sendable {
  public let file: String
  public let line: Int
  public let problem: JournalProblem
}

/// Every console's journal in `journals/`, read as they grow. Each file is owned by one
/// writer and only ever appended to, so the reader keeps, per file, how far it has read;
/// a line without its line break is still being written and is read at the next look.
final class JournalFolder {
  struct Position: Equatable, Sendable {
    /// Bytes read (up to the end of the last whole line).
    var bytes = 0
    /// Lines read, which is also the last change number read.
    var lines = 0
  }

  static let folderName = "journals"
  static let suffix = ".jsonl"

  let path: String
  /// Lines of another province are refused; empty until the folder has a manifest.
  var province: String
  private(set) var positions: [String: Position] = [:]
  /// Journals not read past a damaged line, with the notice already given.
  private(set) var stopped: [String: JournalNotice] = [:]
  /// Per journal, the hash chain as far as read (found on the first read past a position).
  private var chains: [String: ChainTip] = [:]

  init(folder: String, province: String, from positions: [String: Position] = [:]) {
    self.path = folder + "/" + Self.folderName
    self.province = province
    self.positions = positions
  }

  /// The journal files there are now (names without the folder), sorted.
  func names() -> [String] {
    ((try? FileIO.list(path)) ?? []).filter { $0.hasSuffix(Self.suffix) && !$0.hasPrefix(".") }
      .sorted()
  }

  /// The size of every journal file: cheap to compare between looks.
  func sizes() -> [String: Int] {
    var result: [String: Int] = [:]
    for name in names() {
      var info = stat()
      if stat(path + "/" + name, &info) == 0 { result[name] = Int(info.st_size) }
    }
    return result
  }

  /// Whether any journal grew or appeared since it was last read.
  func hasNews() -> Bool {
    for (name, size) in sizes() where stopped[name] == nil {
      if size > positions[name, default: Position()].bytes { return true }
    }
    return false
  }

  /// The lines appended since the last read, per journal in file order, and the problems
  /// found on the way (each reported once). Journals are parsed on all cores when there is
  /// much to read (a folder opened with many changes not yet folded).
  func readNew() -> (lines: [StampedLine], notices: [JournalNotice]) {
    let unread = unread()
    return take(Self.parse(unread.work, province: province), notices: unread.notices)
  }

  /// Every journal's bytes past its position, read now, to be parsed (`parse`, on any thread)
  /// and then taken in (`take`); a journal that shrank is a notice.
  func unread() -> (work: [Chunk], notices: [JournalNotice]) {
    let due = due()
    return (Self.read(due.work, in: path), due.notices)
  }

  /// A journal with bytes past the position read so far.
  struct Due: Sendable {
    let name: String
    let position: Position
    /// The chain up to the position, when already known.
    let chain: ChainTip?
  }

  /// The journals that grew, from their sizes alone: `read` then reads them on any thread
  /// (a store opening reads them while it loads the files). A journal that shrank is a notice.
  func due() -> (work: [Due], notices: [JournalNotice]) {
    var notices: [JournalNotice] = []
    var work: [Due] = []
    for (name, size) in sizes().sorted(by: { $0.key < $1.key }) where stopped[name] == nil {
      let position = positions[name, default: Position()]
      guard size > position.bytes else {
        if size < position.bytes {
          stop(name, line: position.lines, .badFormat, &notices)
        }
        continue
      }
      work.append(Due(name: name, position: position, chain: chains[name]))
    }
    return (work, notices)
  }

  /// The bytes of each journal due, past its position.
  static func read(_ due: [Due], in path: String) -> [Chunk] {
    due.compactMap { item in
      guard let bytes = read(path + "/" + item.name, from: item.position.bytes) else {
        return nil
      }
      let chain = item.chain ?? chain(of: item.name, in: path, before: item.position)
      return Chunk(name: item.name, position: item.position, bytes: bytes, chain: chain)
    }
  }

  /// The chunks parsed, on all cores when there is much to read, with their lines gathered in
  /// journal order: on the thread that parsed them, so the one that takes them in (at open, the
  /// main thread) does not copy every line once more.
  static func parse(_ work: [Chunk], province: String) -> ParsedChunks {
    let parse = { @Sendable (chunk: Chunk) in chunk.parsed(province: province) }
    let total = work.reduce(0) { $0 + $1.bytes.count }
    var chunks =
      total > parallelBytes && work.count > 1
      ? parallelMap(work.sorted { $0.bytes.count > $1.bytes.count }, parse)
        .sorted { $0.name < $1.name } : work.map(parse)
    var lines: [StampedLine] = []
    lines.reserveCapacity(chunks.reduce(0) { $0 + $1.lines.count })
    for index in chunks.indices {
      if lines.isEmpty { lines = chunks[index].lines } else { lines += chunks[index].lines }
      chunks[index].lines = []
    }
    return ParsedChunks(chunks: chunks, lines: lines)
  }

  /// What `parse` made of the chunks: each one's position, chain and stop, and all their lines.
  struct ParsedChunks: Sendable {
    let chunks: [Chunk.Parsed]
    let lines: [StampedLine]
  }

  /// Takes in what `unread` read and `parse` made of it: the lines, in journal order, and the
  /// problems (`notices`: those found while reading).
  func take(_ parsed: ParsedChunks, notices: [JournalNotice])
    -> (lines: [StampedLine], notices: [JournalNotice])
  {
    var notices = notices
    for result in parsed.chunks {
      positions[result.name] = result.position
      chains[result.name] = result.chain
      if let (line, problem) = result.stop { stop(result.name, line: line, problem, &notices) }
    }
    return (parsed.lines, notices)
  }

  /// Below this many new bytes in all, one thread parses them: a console's usual look.
  static let parallelBytes = 256 * 1024

  /// One journal's bytes past its position, to be parsed.
  struct Chunk: Sendable {
    let name: String
    let position: Position
    let bytes: [UInt8]
    let chain: ChainTip

    struct Parsed: Sendable {
      let name: String
      var lines: [StampedLine] = []
      var position: Position
      var chain: ChainTip
      /// The line that stopped the journal, and why.
      var stop: (Int, JournalProblem)?
    }

    /// The whole lines, checked in order; the first bad one stops the journal there.
    func parsed(province: String) -> Parsed {
      var result = Parsed(name: name, position: position, chain: chain)
      let reuse = LineReuse()
      result.lines.reserveCapacity(bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
      var start = 0
      while let end = bytes[start...].firstIndex(of: 0x0A) {
        let number = result.position.lines + 1
        switch StampedLine.parse(bytes[start..<end], reuse: reuse) {
        case .failure(let problem):
          result.stop = (number, problem)
        case .success(let line):
          if let problem = JournalFolder.problem(
            of: line, number: number, in: name, province: province, chain: result.chain)
          {
            result.stop = (number, problem)
          } else {
            result.lines.append(line)
            result.chain = result.chain.after(line, bytes: bytes[start...end])
          }
        }
        if result.stop != nil { break }
        result.position.lines = number
        result.position.bytes += end + 1 - start
        start = end + 1
      }
      return result
    }
  }

  /// What is wrong with a well-formed line at `number` of journal `name`: out of order, in
  /// the file of another writer, of another province, or not chained to the line before
  /// (`chain`: the journal's chain up to that line); nil when nothing is. `lineWithHash` finds
  /// the line a broken chain names, when the caller has them all (`antq check`).
  static func problem(
    of line: StampedLine, number: Int, in name: String, province: String, chain: ChainTip,
    lineWithHash: (String) -> Int? = { _ in nil }
  ) -> JournalProblem? {
    let link = chain.problem(of: line, number: number, lineWithHash: lineWithHash)
    if line.stamped.id.sequence != number {
      if case .chainBroken(_, .some) = link { return link }
      return .outOfSequence(expected: number, found: line.stamped.id.sequence)
    }
    if line.stamped.id.writer + suffix != name { return .badFormat }
    if line.province != province { return .otherProvince(line.province) }
    return link
  }

  /// The chain of journal `name` up to `position`: from the last line before it (read back
  /// from the file), or the journal's start.
  static func chain(of name: String, in folder: String, before position: Position) -> ChainTip {
    let writer = String(name.dropLast(suffix.count))
    guard position.bytes > 0,
      let last = lastLine(folder + "/" + name, endingAt: position.bytes),
      case .success(let line) = StampedLine.parse(last.dropLast())
    else { return ChainTip(writer: writer) }
    return ChainTip(hash: JournalChain.link(last), chained: line.prev != nil)
  }

  /// The whole line (line break included) that ends at byte `end` of `path`.
  private static func lastLine(_ path: String, endingAt end: Int) -> ArraySlice<UInt8>? {
    var window = 4096
    while true {
      let from = max(0, end - window)
      guard let bytes = read(path, from: from), bytes.count >= end - from else { return nil }
      let chunk = bytes[0..<(end - from)]
      guard chunk.last == 0x0A else { return nil }
      if let start = chunk.dropLast().lastIndex(of: 0x0A) { return chunk[(start + 1)...] }
      if from == 0 { return chunk }
      window *= 4
    }
  }

  /// Marks `line` of `name` as read: the writer appended it itself.
  func advance(_ name: String, by bytes: Int, lines: Int = 1) {
    var position = positions[name, default: Position()]
    position.bytes += bytes
    position.lines += lines
    positions[name] = position
    chains[name] = nil
  }

  private func stop(
    _ name: String, line: Int, _ problem: JournalProblem, _ notices: inout [JournalNotice]
  ) {
    let notice = JournalNotice(file: path + "/" + name, line: line, problem: problem)
    stopped[name] = notice
    notices.append(notice)
  }

  /// The bytes of `path` from `offset` on; nil when it cannot be read now.
  static func read(_ path: String, from offset: Int) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    let count = Int(info.st_size) - offset
    guard count > 0 else { return [] }
    var bytes = [UInt8](repeating: 0, count: count)
    var done = 0
    while done < count {
      let got = bytes.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done))
      }
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { break }
      done += got
    }
    return Array(bytes.prefix(done))
  }
}
