#if canImport(Glibc)
  import Glibc
#endif

/// What `stat` says of one file or folder, as far as who may use it goes.
public struct FileFacts: Equatable, Sendable {
  public var path: String
  public var owner: uid_t
  public var group: gid_t
  /// The permission bits with setuid, setgid and sticky (`st_mode & 07777`).
  public var mode: mode_t
  public var isFolder: Bool

  public init(path: String, owner: uid_t, group: gid_t, mode: mode_t, isFolder: Bool) {
    self.path = path
    self.owner = owner
    self.group = group
    self.mode = mode & 0o7777
    self.isFolder = isFolder
  }

  /// Others (not the owner, not the group) may read it or write it.
  public var othersMay: Access { Access(bits: mode & 0o007).subtracting(.enter) }

  /// `0700 (drwx------)`, as `stat` and `ls -l` would show it.
  public var modeText: String {
    let octal = String(mode, radix: 8)
    var text = isFolder ? "d" : "-"
    for shift: mode_t in [6, 3, 0] {
      let bits = (mode >> shift) & 7
      let special: mode_t = shift == 6 ? S_ISUID : shift == 3 ? S_ISGID : S_ISVTX
      let execute: Character =
        mode & special != 0
        ? (bits & 1 != 0 ? (shift == 0 ? "t" : "s") : (shift == 0 ? "T" : "S"))
        : (bits & 1 != 0 ? "x" : "-")
      text += (bits & 4 != 0 ? "r" : "-") + (bits & 2 != 0 ? "w" : "-") + String(execute)
    }
    return String(repeating: "0", count: max(0, 4 - octal.count)) + octal + " (\(text))"
  }
}

/// What an account wants to do with a file or folder.
public struct Access: OptionSet, Equatable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }
  public static let read = Access(rawValue: 4)
  public static let write = Access(rawValue: 2)
  /// Go into a folder (search): what a folder needs besides reading or writing it.
  public static let enter = Access(rawValue: 1)

  init(bits: mode_t) { self.init(rawValue: UInt8(bits & 7)) }
}

/// Who the program runs as: its user and every group it is in.
public struct Account: Equatable, Sendable {
  public var user: uid_t
  public var groups: Set<gid_t>

  public init(user: uid_t, groups: Set<gid_t>) {
    self.user = user
    self.groups = groups
  }

  /// Whether the kernel lets this account do `access` to the file or folder, from its mode
  /// bits (a folder also needs to be entered). Root may do everything.
  public func may(_ access: Access, _ facts: FileFacts) -> Bool {
    guard user != 0 else { return true }
    let shift: mode_t = facts.owner == user ? 6 : groups.contains(facts.group) ? 3 : 0
    var needed = access
    if facts.isFolder { needed.insert(.enter) }
    return Access(bits: facts.mode >> shift).isSuperset(of: needed)
  }
}
