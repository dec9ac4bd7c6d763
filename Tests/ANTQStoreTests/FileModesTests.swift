import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct FileModesTests {
  @Test func aGroupFolderSharesWithItsGroupAndAPrivateOneWithNobody() {
    let shared = FileModes.inside(folderMode: S_IFDIR | 0o2770)
    #expect(shared.file == 0o660 && shared.folder == 0o2770)
    let readers = FileModes.inside(folderMode: S_IFDIR | 0o2750)
    #expect(readers.file == 0o640 && readers.folder == 0o2750)
    for mode: mode_t in [0o700, 0o770, 0o755, 0o1777, 0o2700, 0o2777] {
      let modes = FileModes.inside(folderMode: S_IFDIR | mode)
      if mode == 0o2777 {
        // Others' bits of the folder are never passed on.
        #expect(modes.file == 0o660 && modes.folder == 0o2770)
      } else {
        #expect(modes == .owner, "\(String(mode, radix: 8))")
      }
    }
    #expect(FileModes.owner.file == 0o600 && FileModes.owner.folder == 0o700)
  }

  /// Everything a save, a console and a fold create in a 2770 folder is 0660 or 2770 and
  /// belongs to the folder's group, whatever the umask (022 here takes the group's write).
  @Test func everythingWrittenIntoAGroupFolderIsTheGroups() throws {
    try withTemporaryFolder { root in
      let folder = root.appendingPathComponent("shared")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
      let group = otherGroup()
      #expect(chown(folder.path, uid_t.max, group) == 0)
      #expect(chmod(folder.path, 0o2770) == 0)
      try DataFolder(folder).save(sampleProvince())
      let store = try ProvinceStore.open(folder: folder)
      for change in clerkChanges() { try store.record(change) }
      try store.close()
      let entries = allFiles(folder)
      #expect(entries.contains { $0.hasPrefix("journals/") && $0.hasSuffix(".jsonl") })
      #expect(entries.contains { $0.hasPrefix("backups/") })
      for relative in entries + [""] {
        var info = stat()
        #expect(lstat(folder.path + "/" + relative, &info) == 0)
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        #expect(info.st_mode & 0o7777 == (isFolder ? 0o2770 : 0o660), "\(relative)")
        #expect(info.st_gid == group, "\(relative)")
      }
    }
  }
}

/// A group this process may give its files: not its own primary group when it can help it,
/// so the test shows the folder's group is the one taken.
func otherGroup() -> gid_t {
  if geteuid() == 0 { return 100 }
  var groups = [gid_t](repeating: 0, count: Int(getgroups(0, nil)))
  _ = getgroups(Int32(groups.count), &groups)
  return groups.first { $0 != getegid() } ?? getegid()
}
