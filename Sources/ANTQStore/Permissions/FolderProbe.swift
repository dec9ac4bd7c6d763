import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// How the permission checks see the file system and the account: the system itself, or a
/// test's made-up folder and second account (tests run as root, whom nothing stops).
public protocol FolderProbe {
  var account: Account { get }
  /// The facts of `path`; nil when it is missing or cannot be looked at. A symbolic link is
  /// followed only when `follow` is set.
  func facts(_ path: String, follow: Bool) -> FileFacts?
  /// Whether the account may do `access` to it.
  func allows(_ access: Access, _ facts: FileFacts) -> Bool
  /// The names in a folder; nil when it cannot be listed.
  func names(in folder: String) -> [String]?
  func userName(_ user: uid_t) -> String
  func groupName(_ group: gid_t) -> String
  /// The groups a user is in (its primary group included).
  func groups(of user: uid_t) -> [gid_t]
}

/// The real file system, as the running account sees it.
public struct SystemProbe: FolderProbe {
  public let account: Account

  public init() {
    var list = [gid_t](repeating: 0, count: Int(max(0, getgroups(0, nil))))
    let count = getgroups(Int32(list.count), &list)
    account = Account(
      user: geteuid(), groups: Set(list.prefix(Int(max(0, count)))).union([getegid()]))
  }

  public func facts(_ path: String, follow: Bool) -> FileFacts? {
    var info = stat()
    guard (follow ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
    let type = info.st_mode & S_IFMT
    guard type == S_IFDIR || type == S_IFREG else { return nil }
    return FileFacts(
      path: path, owner: info.st_uid, group: info.st_gid, mode: info.st_mode,
      isFolder: type == S_IFDIR)
  }

  /// The mode bits first; the kernel's own answer when they say no (an ACL may say yes).
  public func allows(_ access: Access, _ facts: FileFacts) -> Bool {
    if account.may(access, facts) { return true }
    var wanted = Int32(access.rawValue)
    if facts.isFolder { wanted |= X_OK }
    return faccessat(AT_FDCWD, facts.path, wanted, AT_EACCESS) == 0
  }

  public func names(in folder: String) -> [String]? {
    try? FileManager.default.contentsOfDirectory(atPath: folder)
  }

  public func userName(_ user: uid_t) -> String {
    getpwuid(user).flatMap { $0.pointee.pw_name.map { String(cString: $0) } } ?? String(user)
  }

  public func groupName(_ group: gid_t) -> String {
    getgrgid(group).flatMap { $0.pointee.gr_name.map { String(cString: $0) } } ?? String(group)
  }

  public func groups(of user: uid_t) -> [gid_t] {
    guard let entry = getpwuid(user)?.pointee, let name = entry.pw_name else { return [] }
    var count: Int32 = 64
    var list = [gid_t](repeating: 0, count: Int(count))
    if getgrouplist(name, entry.pw_gid, &list, &count) < 0 {
      list = [gid_t](repeating: 0, count: Int(count))
      _ = getgrouplist(name, entry.pw_gid, &list, &count)
    }
    return Array(list.prefix(Int(max(0, count))))
  }
}
