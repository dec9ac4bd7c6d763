import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Data files this process has read whole and found valid (strict JSON, a known schema), or
/// written itself, each with the stamp it had then. A fold must not replace a file it could
/// not read; one whose stamp has not changed since is the file that was read, so the fold
/// need not check it again. Any write to a file, or a new file renamed over it, changes its
/// stamp (the change time cannot be set by hand).
enum KnownGoodFiles {
  struct Stamp: Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modified: timespec
    var changed: timespec

    static func == (a: Stamp, b: Stamp) -> Bool {
      (a.device, a.inode, a.size) == (b.device, b.inode, b.size)
        && (a.modified.tv_sec, a.modified.tv_nsec) == (b.modified.tv_sec, b.modified.tv_nsec)
        && (a.changed.tv_sec, a.changed.tv_nsec) == (b.changed.tv_sec, b.changed.tv_nsec)
    }

    init?(_ path: String) {
      var info = stat()
      guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      modified = info.st_mtim
      changed = info.st_ctim
    }
  }

  private static let lock = NSLock()
  nonisolated(unsafe) private static var stamps: [String: Stamp] = [:]

  /// Remembers `path` as good with `stamp` (taken before it was read, so a write meanwhile
  /// makes the stamp stale, never the other way round).
  static func remember(_ path: String, _ stamp: Stamp?) {
    guard let stamp, Stamp(path) == stamp else { return forget(path) }
    lock.lock()
    stamps[path] = stamp
    lock.unlock()
  }

  static func forget(_ path: String) {
    lock.lock()
    stamps[path] = nil
    lock.unlock()
  }

  /// Whether `path` is, to the byte, a file found good before.
  static func isGood(_ path: String) -> Bool { goodStamp(path) != nil }

  /// The stamp of `path` when it is a file found good before.
  static func goodStamp(_ path: String) -> Stamp? {
    guard let now = Stamp(path) else { return nil }
    lock.lock()
    defer { lock.unlock() }
    return stamps[path] == now ? now : nil
  }

  /// `path`, good with stamp `before`, was just hard-linked (a backup): that changes its
  /// change time only, which must not make it look edited.
  static func relinked(_ path: String, before: Stamp?) {
    guard var before, let now = Stamp(path) else { return }
    before.changed = now.changed
    remember(path, before == now ? now : nil)
  }
}
