import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An flock() on a small file in the data folder. The kernel drops it when the process dies,
/// so a lock is never left behind by a crash.
final class FileLock {
  enum Kind { case shared, exclusive }

  let path: String
  private var fd: Int32

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  deinit { release() }

  /// Waits for the lock. Throws when the file cannot be opened (a read-only folder).
  static func wait(_ path: String, _ kind: Kind) throws(StoreError) -> FileLock {
    let lock = try opened(path)
    while flock(lock.fd, kind == .shared ? LOCK_SH : LOCK_EX) != 0 {
      guard errno == EINTR else { throw FileIO.failure(path, .write) }
    }
    return lock
  }

  /// Takes the lock now or returns nil when someone else holds it.
  static func tryTake(_ path: String, _ kind: Kind) throws(StoreError) -> FileLock? {
    let lock = try opened(path)
    let operation = (kind == .shared ? LOCK_SH : LOCK_EX) | LOCK_NB
    return flock(lock.fd, operation) == 0 ? lock : nil
  }

  /// A shared lock held for a while can become exclusive when nobody else holds one.
  func tryUpgrade() -> Bool { fd >= 0 && flock(fd, LOCK_EX | LOCK_NB) == 0 }

  private static func opened(_ path: String) throws(StoreError) -> FileLock {
    var fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, FileModes.owner.file)
    if fd >= 0 {
      FileIO.settle(fd, inside: (path as NSString).deletingLastPathComponent)
    } else if errno == EEXIST {
      fd = open(path, O_RDWR | O_CLOEXEC)
    }
    if fd < 0, errno == EACCES || errno == EROFS { fd = open(path, O_RDONLY | O_CLOEXEC) }
    guard fd >= 0 else { throw FileIO.failure(path, .create) }
    return FileLock(path: path, fd: fd)
  }

  func release() {
    guard fd >= 0 else { return }
    close(fd)
    fd = -1
  }
}
