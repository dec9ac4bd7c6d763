import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An inotify watch on `journals/`: its descriptor becomes readable when a journal there is
/// written, made or renamed in, so a console waits on it instead of looking five times a
/// second. Not made (nil) where inotify is missing or cannot see every write: on a network
/// share the kernel hears only this machine's writes, so there the console keeps polling.
final class JournalWatch {
  let descriptor: Int32

  init?(folder path: String) {
    #if os(Linux)
      guard !Self.isNetworkShare(path) else { return nil }
      let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard fd >= 0 else { return nil }
      let events = UInt32(IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)
      guard inotify_add_watch(fd, path, events) >= 0 else {
        close(fd)
        return nil
      }
      descriptor = fd
    #else
      return nil
    #endif
  }

  deinit { close(descriptor) }

  /// Reads every event waiting (their content does not matter: the journals' sizes say what
  /// is new). Returns false once the folder itself went away or was moved: the watch is dead.
  func drain() -> Bool {
    var alive = true
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let got = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if got < 0, errno == EINTR { continue }
      guard got > 0 else { break }
      // struct inotify_event: wd, mask, cookie, len (4 bytes each), then len bytes of name.
      var offset = 0
      while offset + 16 <= got {
        let mask = buffer.withUnsafeBytes {
          $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
        }
        let length = buffer.withUnsafeBytes {
          $0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)
        }
        if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { alive = false }
        offset += 16 + Int(length)
      }
    }
    return alive
  }

  /// File systems whose files other machines write (NFS, SMB/CIFS, sshfs, 9p, AFS, Ceph…):
  /// their writes never reach this kernel's inotify.
  static let networkTypes = [
    "nfs", "cifs", "smb", "9p", "afs", "ceph", "glusterfs", "lustre", "ocfs2", "gfs2", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.glusterfs", "fuse.s3fs", "fuse.gcsfuse", "fuse.davfs",
  ]

  /// Whether `path` lies on a network file system, by the longest mount point above it in
  /// /proc/self/mounts; true when that cannot be told.
  static func isNetworkShare(_ path: String) -> Bool {
    guard let resolved = realpath(path, nil) else { return true }
    let real = String(cString: resolved)
    free(resolved)
    // procfs files have no size: read to the end.
    guard let mounts = FileHandle(forReadingAtPath: "/proc/self/mounts")?.readDataToEndOfFile()
    else { return true }
    var best = (point: "", type: "")
    for line in mounts.split(separator: UInt8(ascii: "\n")) {
      let fields = line.split(separator: UInt8(ascii: " "))
      guard fields.count > 2 else { continue }
      let point = String(decoding: fields[1], as: UTF8.self).replacingOccurrences(
        of: "\\040", with: " ")
      let inside = real == point || point == "/" || real.hasPrefix(point + "/")
      if inside, point.count >= best.point.count {
        best = (point, String(decoding: fields[2], as: UTF8.self))
      }
    }
    return networkTypes.contains { best.type.hasPrefix($0) }
  }
}
