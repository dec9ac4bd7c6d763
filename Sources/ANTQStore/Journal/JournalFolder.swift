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
  struct Position: Equatable {
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
  /// found on the way (each reported once).
  func readNew() -> (lines: [StampedLine], notices: [JournalNotice]) {
    var lines: [StampedLine] = []
    var notices: [JournalNotice] = []
    for (name, size) in sizes().sorted(by: { $0.key < $1.key }) where stopped[name] == nil {
      var position = positions[name, default: Position()]
      guard size > position.bytes else {
        if size < position.bytes {
          stop(name, line: position.lines, .badFormat, &notices)
        }
        continue
      }
      guard let bytes = Self.read(path + "/" + name, from: position.bytes) else { continue }
      var start = 0
      while let end = bytes[start...].firstIndex(of: 0x0A) {
        let number = position.lines + 1
        switch StampedLine.parse(bytes[start..<end]) {
        case .failure(let problem):
          stop(name, line: number, problem, &notices)
        case .success(let line):
          if let problem = Self.problem(of: line, number: number, in: name, province: province) {
            stop(name, line: number, problem, &notices)
          } else {
            lines.append(line)
          }
        }
        if stopped[name] != nil { break }
        position.lines = number
        position.bytes += end + 1 - start
        start = end + 1
      }
      positions[name] = position
    }
    return (lines, notices)
  }

  /// What is wrong with a well-formed line at `number` of journal `name`: out of order, in
  /// the file of another writer, or of another province; nil when nothing is.
  static func problem(of line: StampedLine, number: Int, in name: String, province: String)
    -> JournalProblem?
  {
    if line.stamped.id.sequence != number {
      return .outOfSequence(expected: number, found: line.stamped.id.sequence)
    }
    if line.stamped.id.writer + suffix != name { return .badFormat }
    if line.province != province { return .otherProvince(line.province) }
    return nil
  }

  /// Marks `line` of `name` as read: the writer appended it itself.
  func advance(_ name: String, by bytes: Int) {
    var position = positions[name, default: Position()]
    position.bytes += bytes
    position.lines += 1
    positions[name] = position
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
