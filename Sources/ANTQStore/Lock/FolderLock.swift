import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `.antq.lock` in the data folder, held with flock() for as long as the store is open. The
/// kernel releases it when the process dies, so a lock file left by a dead program is no lock:
/// the next opener takes it over. The file only tells who holds the lock.
final class FolderLock {
  static let fileName = ".antq.lock"

  /// Who holds the lock, as written in the lock file.
  struct Holder: Codable, Equatable {
    var host: String
    var pid: Int
    var user: String
    var since: String
  }

  let path: String
  private var fd: Int32

  private init(path: String, fd: Int32) {
    self.path = path
    self.fd = fd
  }

  deinit { release() }

  /// Folders whose lock a store of this process holds.
  nonisolated(unsafe) private static var heldHere: Set<String> = []
  private static let heldHereGuard = NSLock()

  /// Takes the lock or throws `lockedBy` naming the holder.
  static func acquire(folder: String) throws(StoreError) -> FolderLock {
    let path = folder + "/" + fileName
    var attempts = 0
    while true {
      let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard fd >= 0 else { throw FileIO.failure(path, .create) }
      if flock(fd, LOCK_EX | LOCK_NB) == 0 { return try taken(path: path, fd: fd) }
      let code = errno
      close(fd)
      guard code == EWOULDBLOCK else {
        throw StoreError.io(path: path, operation: .create, reason: FileIO.reason(code))
      }
      let holder = readHolder(path)
      // Our own pid with no store of ours holding it: a child process forked by another
      // thread still has the descriptor for the instant before its exec closes it.
      attempts += 1
      if holder?.pid == Int(getpid()), !isHeldHere(path), attempts < 50 {
        usleep(10_000)
        continue
      }
      throw StoreError.lockedBy(
        host: holder?.host ?? "?", pid: holder?.pid ?? 0, since: holder?.since ?? "?")
    }
  }

  private static func isHeldHere(_ path: String) -> Bool {
    heldHereGuard.withLock { heldHere.contains(path) }
  }

  private static func taken(path: String, fd: Int32) throws(StoreError) -> FolderLock {
    let lock = FolderLock(path: path, fd: fd)
    _ = heldHereGuard.withLock { heldHere.insert(path) }
    // A lock file left by another program may have any mode; ours holds a user name.
    _ = fchmod(fd, 0o600)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let bytes = [UInt8]((try? encoder.encode(Holder.current())) ?? Data()) + [0x0A]
    let written = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress!, bytes.count, 0) }
    guard written == bytes.count, ftruncate(fd, off_t(bytes.count)) == 0, fsync(fd) == 0
    else {
      let error = FileIO.failure(path, .write)
      lock.release()
      throw error
    }
    return lock
  }

  /// The holder named in the lock file. The holder writes it right after taking the lock, so
  /// an empty file is given a moment to fill.
  static func readHolder(_ path: String) -> Holder? {
    for attempt in 0..<20 {
      if let data = try? FileIO.read(path), !data.isEmpty,
        let holder = try? JSONDecoder().decode(Holder.self, from: data)
      {
        return holder
      }
      if attempt < 19 { usleep(10_000) }
    }
    return nil
  }

  func release() {
    guard fd >= 0 else { return }
    _ = Self.heldHereGuard.withLock { Self.heldHere.remove(path) }
    close(fd)
    fd = -1
  }
}

extension FolderLock.Holder {
  static func current() -> Self {
    var name = [CChar](repeating: 0, count: 256)
    let host =
      gethostname(&name, name.count) == 0
      ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : "?"
    let user =
      getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
      ?? ProcessInfo.processInfo.environment["USER"] ?? "?"
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return Self(
      host: host, pid: Int(getpid()), user: user, since: formatter.string(from: Date()))
  }
}
