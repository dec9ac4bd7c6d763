import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The modes of what the store creates, decided by the folder it is created in: a folder set
/// up for a group (setgid, the group may at least read and enter it, as `chmod 2770` makes it)
/// shares with that group what the group may do there; any other keeps its data to its owner.
/// Never anything for others. Subfolders carry the setgid bit on, so the whole tree follows
/// the data folder.
public struct FileModes: Equatable, Sendable {
  public let file: mode_t
  public let folder: mode_t

  /// What a private folder (0700) gives: 0600 files, 0700 folders.
  public static let owner = FileModes(file: 0o600, folder: 0o700)

  /// The modes for files and folders made inside a folder of mode `mode` (`st_mode`):
  /// 2770 gives 0660 and 2770, 2750 gives 0640 and 2750, anything else 0600 and 0700.
  public static func inside(folderMode mode: mode_t) -> FileModes {
    let group = mode & 0o070
    guard mode & S_ISGID != 0, group & 0o050 == 0o050 else { return .owner }
    return FileModes(file: 0o600 | (group & 0o060), folder: S_ISGID | 0o700 | group)
  }

  public var sharesWithGroup: Bool { file & 0o060 != 0 }
}

extension FileIO {
  /// Where a new file or folder goes: the modes it takes and, for a shared folder, the group
  /// it must belong to (the folder's).
  struct Placement {
    var modes: FileModes
    var group: gid_t?
  }

  static func placement(inside folder: String) -> Placement {
    var info = stat()
    guard stat(folder.isEmpty ? "." : folder, &info) == 0 else { return Placement(modes: .owner) }
    let modes = FileModes.inside(folderMode: info.st_mode)
    return Placement(modes: modes, group: modes.sharesWithGroup ? info.st_gid : nil)
  }

  /// Gives a file just created (open descriptor `fd`) the modes of its folder. Set explicitly
  /// rather than through open()'s mode, which the umask may strip of the group's bits.
  @discardableResult
  static func settle(_ fd: Int32, inside folder: String) -> Bool {
    let place = placement(inside: folder)
    if let group = place.group { _ = fchown(fd, uid_t.max, group) }
    return fchmod(fd, place.modes.file) == 0
  }

  /// Gives a folder just created the modes of the folder it is in.
  static func settleFolder(_ path: String) -> Bool {
    let place = placement(inside: (path as NSString).deletingLastPathComponent)
    if let group = place.group { _ = chown(path, uid_t.max, group) }
    return chmod(path, place.modes.folder) == 0
  }
}
