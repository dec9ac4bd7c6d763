import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The journal this console appends to: `journals/<replica>.<user>@<host>.<n>.jsonl`, held
/// with an exclusive flock for as long as the console is open, so two consoles never write
/// one file. A console reopened on the same folder by the same account on the same machine
/// takes its journal back and goes on numbering; one stopped mid-write left a torn last line
/// that was never reported saved, and it is cut off. A journal damaged before its end is left
/// as it is and the next number is taken.
struct OwnJournal {
  let name: String
  let writer: String
  let lock: FileLock
  let length: Int
  let lines: Int
  /// The hash the next line chains from.
  let chain: String

  static func claim(folder: DataFolder, replica: String, author: Author) throws(StoreError)
    -> OwnJournal
  {
    let journals = folder.file(JournalFolder.folderName)
    try FileIO.makeFolder(journals)
    let stem = "\(replica).\(sanitized(author.user))@\(sanitized(author.host))"
    for number in 1...999 {
      let writer = "\(stem).\(number)"
      let path = journals + "/" + writer + JournalFolder.suffix
      guard let lock = try FileLock.tryTake(path, .exclusive) else { continue }
      guard let (length, lines, chain) = goodLength(path, writer: writer) else { continue }
      return OwnJournal(
        name: writer + JournalFolder.suffix, writer: writer, lock: lock, length: length,
        lines: lines, chain: chain.hash)
    }
    throw StoreError.io(path: journals, operation: .create, reason: "no journal name left")
  }

  /// The end of the last whole, good line, their count and their chain; nil when a line
  /// before the end is damaged or does not chain.
  private static func goodLength(_ path: String, writer: String) -> (Int, Int, ChainTip)? {
    guard let bytes = JournalFolder.read(path, from: 0) else { return nil }
    var start = 0
    var lines = 0
    var chain = ChainTip(writer: writer)
    while let end = bytes[start...].firstIndex(of: 0x0A) {
      guard case .success(let line) = StampedLine.parse(bytes[start..<end]),
        line.stamped.id == ChangeID(writer: writer, sequence: lines + 1),
        chain.problem(of: line, number: lines + 1) == nil
      else { return nil }
      chain = chain.after(line, bytes: bytes[start...end])
      lines += 1
      start = end + 1
    }
    return (start, lines, chain)
  }

  /// Letters, digits, dot, dash and underscore: safe in a file name on every system.
  static func sanitized(_ text: String) -> String {
    let kept = text.unicodeScalars.map { scalar -> Character in
      scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || scalar == "-" || scalar == "_")
        ? Character(scalar) : "_"
    }
    return kept.isEmpty ? "_" : String(kept)
  }
}

/// `replica.json`: which copy of the province this folder is. A folder copied by hand keeps
/// the file but not the folder's inode, so the copy gets a replica id of its own and its
/// consoles never append to a journal of the folder it was copied from.
enum Replica {
  static let fileName = "replica.json"

  private struct Contents: Codable {
    var id: String
    var device: UInt64
    var inode: UInt64
  }

  /// This folder's replica id, made (and written, under the fold lock so consoles opening
  /// at once agree) when missing or copied.
  static func id(of folder: DataFolder, writable: Bool) throws(StoreError) -> String {
    if let id = try existing(folder) { return id }
    guard writable else { return FoldedManifest.newProvinceID() }
    let lock = try FileLock.wait(folder.file(ProvinceStore.foldLockName), .exclusive)
    defer { lock.release() }
    if let id = try existing(folder) { return id }
    var info = stat()
    guard stat(folder.path, &info) == 0 else { throw FileIO.failure(folder.path, .read) }
    let id = FoldedManifest.newProvinceID() + FoldedManifest.newProvinceID().prefix(4)
    let contents = Contents(id: id, device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    let bytes = (try? JSONEncoder().encode(contents)) ?? Data()
    try FileIO.replace(folder.file(fileName), with: bytes + Data([0x0A]))
    return id
  }

  /// The id `replica.json` gives, when it was written for this very folder.
  private static func existing(_ folder: DataFolder) throws(StoreError) -> String? {
    var info = stat()
    guard stat(folder.path, &info) == 0 else { throw FileIO.failure(folder.path, .read) }
    let path = folder.file(fileName)
    if let data = try? FileIO.read(path),
      let contents = try? JSONDecoder().decode(Contents.self, from: data),
      contents.device == UInt64(info.st_dev), contents.inode == UInt64(info.st_ino)
    {
      return contents.id
    }
    return nil
  }
}
