import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin POSIX file operations that report failures as `StoreError.io` with the OS reason.
enum FileIO {
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  static func failure(_ path: String, _ operation: StoreError.Operation) -> StoreError {
    let code = errno
    if code == ENOENT, operation == .read { return .fileMissing(path: path) }
    return .io(path: path, operation: operation, reason: reason(code))
  }

  enum Kind { case missing, file, folder, other }

  static func kind(_ path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFDIR: return .folder
    case S_IFREG: return .file
    default: return .other
    }
  }

  static func read(_ path: String) throws(StoreError) -> Data {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(path, .read) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw failure(path, .read) }
    var data = Data(count: Int(info.st_size))
    var filled = 0
    let ok = data.withUnsafeMutableBytes { buffer -> Bool in
      while filled < buffer.count {
        let got = Glibc.read(fd, buffer.baseAddress! + filled, buffer.count - filled)
        if got < 0, errno == EINTR { continue }
        guard got > 0 else { return got == 0 }
        filled += got
      }
      return true
    }
    guard ok else { throw failure(path, .read) }
    if filled < data.count { data.removeSubrange(filled...) }
    return data
  }

  /// Creates `path` and missing parents, each with the modes its parent gives (`FileModes`).
  static func makeFolder(_ path: String) throws(StoreError) {
    switch kind(path) {
    case .folder: return
    case .missing: break
    case .file, .other: throw StoreError.notAFolder(path: path)
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty, parent != path { try makeFolder(parent) }
    if mkdir(path, FileModes.owner.folder) == 0 {
      _ = settleFolder(path)
    } else if errno != EEXIST {
      throw failure(path, .create)
    }
  }

  /// Writes `data` to a new temporary file beside `path` (with the modes its folder gives) and
  /// fsyncs it.
  /// Returns the temporary path; the caller renames it over `path` or removes it.
  static func writeTemporary(_ data: Data, besides path: String) throws(StoreError) -> String {
    let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, FileModes.owner.file)
    guard fd >= 0 else { throw failure(temporary, .create) }
    var error: StoreError?
    let written = data.withUnsafeBytes { buffer -> Bool in
      var done = 0
      while done < buffer.count {
        let put = write(fd, buffer.baseAddress! + done, buffer.count - done)
        if put < 0, errno == EINTR { continue }
        guard put > 0 else { return false }
        done += put
      }
      return true
    }
    if !written {
      error = failure(path, .write)
    } else if !settle(fd, inside: (path as NSString).deletingLastPathComponent) || fsync(fd) != 0 {
      error = failure(path, .sync)
    }
    if close(fd) != 0, error == nil { error = failure(path, .write) }
    if let error {
      unlink(temporary)
      throw error
    }
    return temporary
  }

  /// Replaces `path` with `data` whole or not at all: a temporary file beside it, fsynced,
  /// renamed over it, then (unless the caller syncs the folder itself) the folder fsynced.
  static func replace(_ path: String, with data: Data, syncFolder sync: Bool = true)
    throws(StoreError)
  {
    let temporary = try writeTemporary(data, besides: path)
    try rename(temporary, over: path)
    if sync { try syncFolder((path as NSString).deletingLastPathComponent) }
  }

  static func rename(_ from: String, over path: String) throws(StoreError) {
    guard Glibc.rename(from, path) == 0 else {
      let failed = failure(path, .rename)
      unlink(from)
      throw failed
    }
  }

  /// Makes renames inside the folder durable.
  static func syncFolder(_ path: String) throws(StoreError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw failure(path, .sync) }
    defer { close(fd) }
    guard fsync(fd) == 0 else { throw failure(path, .sync) }
  }

  static func list(_ path: String) throws(StoreError) -> [String] {
    do {
      return try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      throw StoreError.io(path: path, operation: .list, reason: error.localizedDescription)
    }
  }
}
