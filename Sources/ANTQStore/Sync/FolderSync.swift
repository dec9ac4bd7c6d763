import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `antq sync`: brings two copies of one province to the same set of changes. Every change
/// lives in the journal of the console that made it, and journals only grow, so a sync copies,
/// journal by journal, the whole lines one side has and the other lacks: a union, which gives
/// the same result whatever the order or the number of times, and which a sync stopped at any
/// instant leaves as a smaller union (each journal is replaced whole: temporary, fsync,
/// rename). Consoles open on either folder see the new lines as they see any other console's.
public enum FolderSync {
  public struct Report: Equatable, Sendable {
    /// Changes that came into this folder, and that went out to the other.
    public var received = 0
    public var sent = 0
    /// Journals the two folders hold different versions of (neither a prefix of the other):
    /// left as they are on both sides.
    public var forked: [String] = []
    /// Records changed on both sides apart, to be decided (in this folder, after the sync).
    public var conflicts: [RecordKey: [Revision]] = [:]
  }

  static let lockName = ".antq-sync.lock"

  public static func sync(_ this: DataFolder, with other: DataFolder) throws(StoreError) -> Report {
    do {
      return try sync(this, with: other, stopAfter: nil)
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.io(path: other.path, operation: .write, reason: "\(error)")
    }
  }

  /// The sync, stopped (as by kill -9) after `stopAfter` journals are copied, for tests.
  static func sync(_ this: DataFolder, with other: DataFolder, stopAfter: Int?) throws -> Report {
    for folder in [this, other] where try folder.status() != .populated {
      throw StoreError.folderMissing(path: folder.path)
    }
    let ours = try ProvinceStore.manifest(this, create: true)
    let theirs = try ProvinceStore.manifest(other, create: true)
    guard ours.province == theirs.province else {
      throw StoreError.otherProvince(
        path: other.path, found: theirs.province, expected: ours.province)
    }
    let locks = try [this, other].map { folder throws(StoreError) in
      try FileLock.wait(folder.file(lockName), .exclusive)
    }
    defer { for lock in locks { lock.release() } }
    var report = Report()
    var budget = stopAfter
    report.received = try copy(from: other, to: this, forked: &report.forked, budget: &budget)
    report.sent = try copy(from: this, to: other, forked: &report.forked, budget: &budget)
    let after = try ProvinceStore.open(folder: this.url, mode: .readOnly, years: .latest)
    report.conflicts = after.versions.conflicts
    return report
  }

  /// Copies the lines `to` lacks of every journal of `from`; the number of lines copied.
  private static func copy(
    from: DataFolder, to: DataFolder, forked: inout [String], budget: inout Int?
  ) throws -> Int {
    let source = from.file(JournalFolder.folderName)
    let target = to.file(JournalFolder.folderName)
    try FileIO.makeFolder(target)
    sweep(target)
    var copied = 0
    for name in JournalFolder(folder: from.path, province: "").names() {
      guard let theirs = JournalFolder.read(source + "/" + name, from: 0) else {
        throw FileIO.failure(source + "/" + name, .read)
      }
      let whole = theirs[..<((theirs.lastIndex(of: 0x0A) ?? -1) + 1)]
      let path = target + "/" + name
      let ours = FileIO.kind(path) == .missing ? [] : JournalFolder.read(path, from: 0) ?? []
      if ours.count >= whole.count {
        if !ours.starts(with: whole) { forked.append(name) }
        continue
      }
      guard whole.starts(with: ours) else {
        forked.append(name)
        continue
      }
      if let left = budget {
        guard left > 0 else { throw SyncStopped() }
        budget = left - 1
      }
      let added = whole[ours.count...].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
      try FileIO.replace(path, with: Data(whole))
      copied += added
    }
    return copied
  }

  /// Temporary journals a stopped sync left behind.
  private static func sweep(_ folder: String) {
    for name in (try? FileIO.list(folder)) ?? [] where name.contains(".jsonl.tmp-") {
      unlink(folder + "/" + name)
    }
  }
}

/// A test's planned stop of a sync, as kill -9 would stop it.
struct SyncStopped: Error {}
