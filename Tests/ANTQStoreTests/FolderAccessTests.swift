import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A made-up folder seen by a made-up account: the checks as a second user of the machine
/// would meet them, though the tests run as root.
struct FakeProbe: FolderProbe {
  var account: Account
  var entries: [String: FileFacts] = [:]
  var users: [uid_t: String] = [0: "root", 1001: "an", 1002: "binh"]
  var groupNames: [gid_t: String] = [0: "root", 1001: "an", 1002: "binh", 2000: "antq"]
  var memberships: [uid_t: [gid_t]] = [0: [0], 1001: [1001, 2000], 1002: [1002, 2000]]

  init(as user: uid_t) {
    account = Account(user: user, groups: Set(memberships[user] ?? []))
  }

  mutating func add(_ path: String, owner: uid_t, group: gid_t, mode: mode_t, folder: Bool) {
    entries[path] = FileFacts(path: path, owner: owner, group: group, mode: mode, isFolder: folder)
  }

  func facts(_ path: String, follow: Bool) -> FileFacts? { entries[path] }
  func allows(_ access: Access, _ facts: FileFacts) -> Bool { account.may(access, facts) }
  func names(in folder: String) -> [String]? {
    guard let facts = entries[folder], account.may(.read, facts) else { return nil }
    return entries.keys.filter { ($0 as NSString).deletingLastPathComponent == folder }
      .map { ($0 as NSString).lastPathComponent }
  }
  func userName(_ user: uid_t) -> String { users[user] ?? String(user) }
  func groupName(_ group: gid_t) -> String { groupNames[group] ?? String(group) }
  func groups(of user: uid_t) -> [gid_t] { memberships[user] ?? [] }

  /// A province folder as `antq demo` writes it, all of it owned by `owner`:`group`.
  static func province(
    as user: uid_t, owner: uid_t, group: gid_t, folders: mode_t, files: mode_t
  ) -> FakeProbe {
    var probe = FakeProbe(as: user)
    for folder in [
      "/srv/antq", "/srv/antq/activity", "/srv/antq/activity/2025", "/srv/antq/journals",
    ] {
      probe.add(folder, owner: owner, group: group, mode: folders, folder: true)
    }
    for file in ["communes.json", "activity/2025/tips.json", "journals/a.an@may.1.jsonl"] {
      probe.add("/srv/antq/" + file, owner: owner, group: group, mode: files, folder: false)
    }
    return probe
  }
}

private let folder = DataFolder(URL(fileURLWithPath: "/srv/antq"))
private let english = BuiltinStrings.english

@Suite struct FolderAccessTests {
  @Test func theModeBitsAreReadAsTheKernelReadsThem() {
    let file = FileFacts(path: "/f", owner: 1001, group: 2000, mode: 0o640, isFolder: false)
    let an = Account(user: 1001, groups: [1001, 2000])
    let binh = Account(user: 1002, groups: [1002, 2000])
    let stranger = Account(user: 1003, groups: [1003])
    #expect(an.may([.read, .write], file))
    #expect(binh.may(.read, file) && !binh.may(.write, file))
    #expect(!stranger.may(.read, file))
    #expect(Account(user: 0, groups: [0]).may([.read, .write], file))
    let folder = FileFacts(path: "/d", owner: 1001, group: 2000, mode: 0o2760, isFolder: true)
    #expect(!binh.may(.read, folder), "a folder the group cannot enter cannot be read")
    #expect(folder.modeText == "2760 (drwxrwS---)")
    #expect(file.modeText == "0640 (-rw-r-----)")
  }

  @Test func aPrivateGroupFolderHasNoProblem() {
    let probe = FakeProbe.province(
      as: 1002, owner: 1001, group: 2000, folders: 0o2770, files: 0o660)
    #expect(FolderAccess.check(folder, probe: probe) == nil)
    #expect(FolderAccess.writeProblem(folder, probe: probe) == nil)
  }

  @Test func aFileOthersCanReadIsRefusedWithItsOwnerGroupModeAndTheFix() throws {
    var probe = FakeProbe.province(
      as: 1001, owner: 1001, group: 2000, folders: 0o2770, files: 0o660)
    probe.add(
      "/srv/antq/activity/2025/tips.json", owner: 1001, group: 2000, mode: 0o664, folder: false)
    let problem = try #require(FolderAccess.check(folder, probe: probe))
    #expect(problem.kind == .othersMay(.read))
    #expect(problem.path == "/srv/antq/activity/2025/tips.json")
    #expect(problem.fix == "chmod -R o-rwx /srv/antq")
    let message = StoreError.folderAccess(problem).message(catalog: english)
    #expect(
      message
        == "/srv/antq/activity/2025/tips.json can be read by every account on this machine (owner an, group antq, mode 0664 (-rw-rw-r--)). The data folder holds informants' details: antq does not open it while others can reach it. Fix it with: chmod -R o-rwx /srv/antq"
    )
  }

  @Test func aFolderOthersCanWriteInIsRefusedAndItsCountOfOthersGiven() throws {
    // Another account's files: the fix needs an administrator.
    let probe = FakeProbe.province(
      as: 1002, owner: 1001, group: 2000, folders: 0o2777, files: 0o666)
    let problem = try #require(FolderAccess.check(folder, probe: probe))
    #expect(problem.kind == .othersMay([.read, .write]))
    #expect(problem.path == "/srv/antq" && problem.more == 6)
    #expect(problem.fix == "sudo chmod -R o-rwx /srv/antq")
    let vietnamese = try CatalogLoader.load(.vi, assets: try AssetLocator.locate())
    let message = StoreError.folderAccess(problem).message(catalog: vietnamese)
    #expect(message.contains("/srv/antq: mọi tài khoản trên máy này đều đọc và ghi được"))
    #expect(message.contains("chủ an, nhóm antq, quyền 2777 (drwxrwsrwx)"))
    #expect(message.contains("và 6 tệp, thư mục khác"))
    #expect(message.hasSuffix("sudo chmod -R o-rwx /srv/antq"))
  }

  /// `antq demo` run by root makes a 0700 folder: a clerk of the group is told it cannot be
  /// read, by whom it is owned, and how to share it; never that it holds no data.
  @Test func aFolderThisAccountCannotReadIsSaidSoNotEmpty() throws {
    let probe = FakeProbe.province(as: 1002, owner: 0, group: 0, folders: 0o700, files: 0o600)
    let problem = try #require(FolderAccess.check(folder, probe: probe))
    #expect(problem.kind == .cannotRead)
    #expect(problem.path == "/srv/antq" && problem.owner == "root" && problem.group == "root")
    #expect(problem.mode == "0700 (drwx------)")
    #expect(
      problem.fix
        == "sudo groupadd -f antq && sudo usermod -aG antq binh && sudo chgrp -R antq /srv/antq && sudo chmod -R g+rwX,o-rwx /srv/antq && sudo find /srv/antq -type d -exec chmod g+s {} +"
    )
    let message = StoreError.folderAccess(problem).message(catalog: english)
    #expect(message.hasPrefix("/srv/antq: this account (binh) cannot read it (owner root"))
    #expect(message.hasSuffix("(then binh logs in again)"))
    #expect(FolderAccess.readProblem(folder, probe: probe) == problem)
  }

  @Test func theStatusOfAnUnreadableFolderIsThatProblem() throws {
    try withTemporaryFolder { root in
      let data = DataFolder(root)
      var probe = FakeProbe(as: 1002)
      probe.add(data.path, owner: 1001, group: 1001, mode: 0o700, folder: true)
      #expect(throws: StoreError.folderAccess(FolderAccess.readProblem(data, probe: probe)!)) {
        try data.status(probe: probe)
      }
      let real = try data.status()
      #expect(real == .empty)
    }
  }

  @Test func aSharedGroupIsGivenTheFolderWhenTheOwnersFilesAreOnlyTheirs() throws {
    // an made the folder in their own group; binh shares the antq group with an.
    let probe = FakeProbe.province(as: 1002, owner: 1001, group: 1001, folders: 0o700, files: 0o600)
    let problem = try #require(FolderAccess.check(folder, probe: probe))
    #expect(
      problem.fix
        == "sudo chgrp -R antq /srv/antq && sudo chmod -R g+rwX,o-rwx /srv/antq && sudo find /srv/antq -type d -exec chmod g+s {} +"
    )
    #expect(!problem.joinsGroup)
  }

  @Test func oneFileTheGroupCannotReadIsNamed() throws {
    var probe = FakeProbe.province(
      as: 1002, owner: 1001, group: 2000, folders: 0o2770, files: 0o660)
    probe.add(
      "/srv/antq/journals/a.an@may.1.jsonl", owner: 1001, group: 2000, mode: 0o600, folder: false)
    probe.add("/srv/antq/backups", owner: 1001, group: 2000, mode: 0o700, folder: true)
    let problem = try #require(FolderAccess.check(folder, probe: probe))
    #expect(problem.kind == .cannotRead && problem.more == 0)
    #expect(problem.path == "/srv/antq/journals/a.an@may.1.jsonl")
    #expect(problem.fix.hasPrefix("sudo chmod -R g+rwX,o-rwx /srv/antq && "))
  }

  /// A folder the group may read but not write opens read-only, and the notice says why.
  @Test func aFolderTheGroupCannotWriteNamesTheReasonInTheReadOnlyNotice() throws {
    let probe = FakeProbe.province(
      as: 1002, owner: 1001, group: 2000, folders: 0o2750, files: 0o640)
    #expect(FolderAccess.check(folder, probe: probe) == nil)
    let problem = try #require(FolderAccess.writeProblem(folder, probe: probe))
    #expect(problem.kind == .cannotWrite && problem.more == 1)
    let notice = StoreNotice.openedReadOnly(.folderAccess(problem)).message(catalog: english)
    #expect(
      notice
        == "Opened read-only, the data folder cannot be written: /srv/antq: this account (binh) cannot write in it (owner an, group antq, mode 2750 (drwxr-s---)), and 1 more files or folders. To let the group write, the owner or an administrator runs: sudo chmod -R g+rwX,o-rwx /srv/antq && sudo find /srv/antq -type d -exec chmod g+s {} +"
    )
  }

  /// On the real disk: a file left readable by others is found, quickly.
  @Test func theRealFolderIsScannedInAFewMilliseconds() throws {
    try withTemporaryFolder { root in
      let data = DataFolder(root.appendingPathComponent("data"))
      try data.save(sampleProvince())
      for _ in 1...3 {  // three folds: three generations of backups, as a folder in use has
        let store = try ProvinceStore.open(folder: data.url)
        for change in clerkChanges() { try store.record(change) }
        try store.close()
      }
      let entries = allFiles(data.url).count
      let clean = Date()
      #expect(FolderAccess.check(data) == nil)
      print("scanned \(entries) entries in \(Int(Date().timeIntervalSince(clean) * 1e6)) µs")
      let tips = data.file("activity/2025/tips.json")
      #expect(chmod(tips, 0o644) == 0)
      let started = Date()
      let problem = try #require(FolderAccess.check(data))
      #expect(Date().timeIntervalSince(started) < 0.05)
      #expect(problem.kind == .othersMay(.read) && problem.path == tips)
      #expect(problem.mode == "0644 (-rw-r--r--)")
    }
  }
}
