import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Who may reach the data folder, through the built binary: a folder others can read is
/// refused until fixed; a group's folder keeps everything the group's; a second account of
/// the group is told why it cannot read a folder (not that it is empty) and what fixes it.
@Suite struct FolderPermissionsTests {
  @Test func aFileOthersCanReadIsRefusedUntilTheFixIsRun() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let members = data.appendingPathComponent("members.json").path
    #expect(chmod(members, 0o644) == 0)
    let refused = try BuiltBinary.run(["report", "--data", data.path, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(refused.stdout.isEmpty)
    let owner = String(cString: getpwuid(geteuid())!.pointee.pw_name)
    #expect(
      refused.stderr.contains(
        "\(members) can be read by every account on this machine (owner \(owner), group "),
      "\(refused.stderr)")
    #expect(refused.stderr.contains("mode 0644 (-rw-r--r--)"))
    #expect(refused.stderr.hasSuffix("Fix it with: chmod -R o-rwx \(data.path)\n"))
    for command in [["check"], ["export", "communes"]] {
      let other = try BuiltBinary.run(command + ["--data", data.path])
      #expect(other.status == 1 && other.stderr.contains("chmod -R o-rwx"), "\(command)")
    }
    #expect(chmod(members, 0o600) == 0)
    let fixed = try BuiltBinary.run(["report", "--data", data.path, "--lang", "en"])
    #expect(fixed.status == 0, "\(fixed.stderr)")
  }

  /// `chmod 2770` on a folder of some group, then `antq demo` with a umask that would take
  /// every group bit: every file is 0660, every folder 2770, all of them the group's.
  @Test func aDemoWrittenIntoAGroupFolderIsTheGroupsWhateverTheUmask() throws {
    let folder = try TemporaryFolder()
    let data = folder.child("shared")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: false)
    let group = geteuid() == 0 ? gid_t(100) : getegid()
    #expect(chown(data.path, uid_t.max, group) == 0)
    #expect(chmod(data.path, 0o2770) == 0)
    let written = try Spawn.run(
      "/bin/sh",
      ["-c", "umask 077 && exec \"$0\" demo --out \"$1\"", BuiltBinary.url.path, data.path],
      environment: Spawn.environment())
    #expect(written.status == 0, "\(String(decoding: written.stderr, as: UTF8.self))")
    let entries = FileManager.default.enumerator(atPath: data.path)?.allObjects as? [String] ?? []
    #expect(entries.count > 30)
    for relative in entries {
      var info = stat()
      #expect(lstat(data.path + "/" + relative, &info) == 0)
      let isFolder = info.st_mode & S_IFMT == S_IFDIR
      #expect(info.st_mode & 0o7777 == (isFolder ? 0o2770 : 0o660), "\(relative)")
      #expect(info.st_gid == group, "\(relative)")
    }
  }

  @Test func aSecondAccountOfTheGroupIsToldWhatToFixAndThenWorksInTheFolder() throws {
    guard let accounts = try SecondAccounts.make() else { return }
    let folder = try TemporaryFolder()
    let srv = folder.child("srv")
    try FileManager.default.createDirectory(at: srv, withIntermediateDirectories: false)
    #expect(chown(srv.path, accounts.ownerID, gid_t.max) == 0)
    let data = srv.appendingPathComponent("antq").path
    let binary = try accounts.runnableBinary(in: folder)

    // The owner makes the province, private as always: 0700.
    let made = try accounts.run(accounts.owner, binary, ["demo", "--out", data])
    #expect(made.status == 0, "\(made.stderr)")
    let clerk = accounts.clerk
    let refused = try accounts.run(clerk, binary, ["report", "--data", data, "--lang", "en"])
    #expect(refused.status == 1)
    #expect(!refused.stderr.contains("holds no data"), "\(refused.stderr)")
    #expect(
      refused.stderr.contains(
        "\(data): this account (\(clerk)) cannot read it (owner \(accounts.owner), group \(accounts.owner), mode 0700 (drwx------))"
      ), "\(refused.stderr)")
    let fix = try #require(refused.stderr.components(separatedBy: "users: ").last)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(
      fix
        == "sudo chgrp -R \(accounts.group) \(data) && sudo chmod -R g+rwX,o-rwx \(data) && sudo find \(data) -type d -exec chmod g+s {} +"
    )

    // An administrator runs the command it gave; then the clerk works in the folder.
    let ran = try Spawn.run(
      "/bin/sh", ["-c", fix.replacingOccurrences(of: "sudo ", with: "")],
      environment: Spawn.environment())
    #expect(ran.status == 0)
    let check = try accounts.run(clerk, binary, ["check", "--data", data, "--lang", "en"])
    #expect(check.status == 0, "\(check.stderr)")
    // Residential areas are the admin's: the owner, the demo's admin, registers the account.
    let registered = try accounts.run(
      accounts.owner, binary,
      ["users", "add", clerk, "--name", "Cán bộ thử", "--role", "admin", "--data", data])
    #expect(registered.status == 0, "\(registered.stderr)")
    let csv = folder.child("areas.csv")
    try Data("Mã,Xã,Tên,Loại\nKQ0001,X001,Thôn Thử Quyền,thôn\n".utf8).write(to: csv)
    #expect(chmod(csv.path, 0o644) == 0)
    let imported = try accounts.run(
      clerk, binary, ["import", "areas", csv.path, "--data", data, "--lang", "en"])
    #expect(imported.status == 0, "\(imported.stderr)")

    // What the clerk wrote is the group's, so the owner reads it.
    let journals = data + "/journals"
    let names = try FileManager.default.contentsOfDirectory(atPath: journals)
    let journal = try #require(names.first { $0.contains(".\(clerk)@") })
    for (path, expected) in [(journals, mode_t(0o2770)), (journals + "/" + journal, 0o660)] {
      var info = stat()
      #expect(stat(path, &info) == 0)
      #expect(info.st_mode & 0o7777 == expected, "\(path)")
      #expect(info.st_gid == accounts.groupID, "\(path)")
    }
    let report = try accounts.run(
      accounts.owner, binary, ["export", "areas", "--data", data, "--filter", "Thử Quyền"])
    #expect(report.status == 0, "\(report.stderr)")
    #expect(report.stdout.contains("Thôn Thử Quyền"))
  }
}

/// Two accounts of a new group (the folder's owner and a clerk), each with a group of its own
/// as `useradd` makes on Debian; removed again. Only root can make them: elsewhere the test
/// says why it does not run.
final class SecondAccounts {
  let owner: String
  let clerk: String
  let group: String
  let ownerID: uid_t
  let groupID: gid_t

  static func make() throws -> SecondAccounts? {
    guard geteuid() == 0 else {
      print("skipped: a second account needs root to create it (running as uid \(geteuid()))")
      return nil
    }
    for tool in ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/bin/setpriv"]
    where access(tool, X_OK) != 0 {
      print("skipped: \(tool) is missing")
      return nil
    }
    return try SecondAccounts(suffix: String(getpid() % 100_000))
  }

  private init(suffix: String) throws {
    owner = "antqo" + suffix
    clerk = "antqc" + suffix
    group = "antqg" + suffix
    try Self.tool("/usr/sbin/groupadd", [group])
    for name in [owner, clerk] {
      try Self.tool("/usr/sbin/useradd", ["-M", "-U", "-G", group, "-s", "/bin/false", name])
    }
    ownerID = getpwnam(owner)!.pointee.pw_uid
    groupID = getgrnam(group)!.pointee.gr_gid
  }

  deinit {
    for name in [owner, clerk] { _ = try? Self.tool("/usr/sbin/userdel", [name]) }
    _ = try? Self.tool("/usr/sbin/groupdel", [group])
  }

  private static func tool(_ path: String, _ arguments: [String]) throws {
    let result = try Spawn.run(path, arguments, environment: Spawn.environment())
    guard result.status == 0 else {
      throw SpawnError(
        executable: path + " " + String(decoding: result.stderr, as: UTF8.self), code: 0)
    }
  }

  /// `antq` as `account` with its groups, without a terminal.
  func run(_ account: String, _ binary: String, _ arguments: [String]) throws -> BuiltBinary.Output
  {
    let result = try Spawn.run(
      "/usr/bin/setpriv",
      ["--reuid", account, "--regid", account, "--init-groups", binary] + arguments,
      // Each account keeps its own key files, as on a server.
      environment: Spawn.environment(adding: [
        "HOME": "/nonexistent",
        "XDG_CONFIG_HOME": NSTemporaryDirectory() + "antq-config-" + account,
      ]))
    return BuiltBinary.Output(
      status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
      stderr: String(decoding: result.stderr, as: UTF8.self))
  }

  /// The built binary, or a copy with its assets where the accounts can reach it (the clone
  /// may sit in a folder only root enters).
  func runnableBinary(in folder: TemporaryFolder) throws -> String {
    let built = BuiltBinary.url
    if try run(clerk, built.path, ["--help"]).status == 0 { return built.path }
    let copy = folder.child("bin")
    try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: false)
    let resources = built.deletingLastPathComponent().appendingPathComponent("antq_antq.resources")
    try FileManager.default.copyItem(at: built, to: copy.appendingPathComponent("antq"))
    try FileManager.default.copyItem(
      at: resources, to: copy.appendingPathComponent("antq_antq.resources"))
    _ = try Spawn.run("/bin/chmod", ["-R", "a+rX", copy.path], environment: Spawn.environment())
    return copy.appendingPathComponent("antq").path
  }
}
