import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Who may reach a data folder, checked before it is opened: a folder any account of the
/// machine may read or write is refused (it holds informants' details), and one this account
/// cannot read or write is named as such, with its owner, group and mode and the command that
/// fixes it, instead of looking empty.
public enum FolderAccess {
  /// The first problem of the folder and everything in it: what others may reach, then what
  /// this account cannot read (backups aside: opening never reads them). nil when there is none
  /// or the folder does not exist. One `lstat` per file: a folder of 188 takes about
  /// 6 ms (debug build).
  public static func check(_ folder: DataFolder, probe: some FolderProbe = SystemProbe())
    -> FolderAccessProblem?
  {
    guard let root = probe.facts(folder.path, follow: true) else { return nil }
    if !probe.allows(.read, root) { return problem(.cannotRead, [root], folder, probe) }
    var open: [FileFacts] = []
    var unreadable: [FileFacts] = []
    var pending = [(root, false)]
    while let (facts, inBackups) = pending.popLast() {
      if !facts.othersMay.intersection([.read, .write]).isEmpty { open.append(facts) }
      guard inBackups || probe.allows(.read, facts) else {
        unreadable.append(facts)
        continue
      }
      guard facts.isFolder, let names = probe.names(in: facts.path) else { continue }
      for name in names.sorted(by: >) {
        guard let child = probe.facts(facts.path + "/" + name, follow: false) else { continue }
        pending.append((child, inBackups || (facts.path == root.path && name == "backups")))
      }
    }
    if !open.isEmpty {
      let union = open.reduce(Access()) { $0.union($1.othersMay) }
      return problem(.othersMay(union.intersection([.read, .write])), open, folder, probe)
    }
    return unreadable.isEmpty ? nil : problem(.cannotRead, unreadable, folder, probe)
  }

  /// The folder exists but this account cannot list it: it would look empty.
  public static func readProblem(_ folder: DataFolder, probe: some FolderProbe = SystemProbe())
    -> FolderAccessProblem?
  {
    guard let root = probe.facts(folder.path, follow: true), !probe.allows(.read, root)
    else { return nil }
    return problem(.cannotRead, [root], folder, probe)
  }

  /// Why this account cannot write in the folder (or its journals' folder), if the modes say
  /// it cannot; nil when they allow it (a read-only medium, a full disk are other reasons).
  public static func writeProblem(_ folder: DataFolder, probe: some FolderProbe = SystemProbe())
    -> FolderAccessProblem?
  {
    let folders = [folder.path, folder.file(JournalFolder.folderName)].compactMap {
      probe.facts($0, follow: true)
    }
    let denied = folders.filter { !probe.allows(.write, $0) }
    return denied.isEmpty ? nil : problem(.cannotWrite, denied, folder, probe)
  }

  /// The reason a folder could not be opened for writing: its modes when they forbid it,
  /// else the error as it came (a read-only medium, a full disk).
  static func whyNotWritable(_ folder: DataFolder, _ error: StoreError) -> StoreError {
    writeProblem(folder).map(StoreError.folderAccess) ?? error
  }

  private static func problem(
    _ kind: FolderAccessProblem.Kind, _ found: [FileFacts], _ folder: DataFolder,
    _ probe: some FolderProbe
  ) -> FolderAccessProblem {
    let first = found[0]
    let account = probe.account
    let fix: FixCommand
    switch kind {
    case .othersMay:
      let owned = account.user == 0 || found.allSatisfy { $0.owner == account.user }
      fix = FixCommand(text: (owned ? "" : "sudo ") + "chmod -R o-rwx " + quoted(folder.path))
    case .cannotRead, .cannotWrite:
      fix = share(folder, first, probe)
    }
    return FolderAccessProblem(
      kind: kind, path: first.path, owner: probe.userName(first.owner),
      group: probe.groupName(first.group), mode: first.modeText,
      account: probe.userName(account.user), more: found.count - 1, fix: fix.text,
      joinsGroup: fix.joinsGroup)
  }

  private struct FixCommand {
    var text: String
    var joinsGroup = false
  }

  /// Gives the folder to a group both this account and the owner are in (the folder's own
  /// group when this account is in it; else a shared one, `antq` first; else a new member of
  /// `antq`), lets the group read and write everything in it, and makes every folder setgid
  /// so what is created later stays the group's (`FileModes`).
  private static func share(_ folder: DataFolder, _ facts: FileFacts, _ probe: some FolderProbe)
    -> FixCommand
  {
    let account = probe.account
    let path = quoted(folder.path)
    var steps: [String] = []
    var joins = false
    if !account.groups.contains(facts.group) {
      let users: gid_t = 100  // every user of the machine: no sharing at all
      let common = Set(probe.groups(of: facts.owner)).intersection(account.groups)
        .subtracting([users]).map(probe.groupName).sorted()
      let group = common.contains("antq") ? "antq" : common.first ?? "antq"
      if common.isEmpty {
        steps.append("sudo groupadd -f antq")
        steps.append("sudo usermod -aG antq " + probe.userName(account.user))
        if facts.owner != 0 { steps.append("sudo usermod -aG antq " + probe.userName(facts.owner)) }
        joins = true
      }
      steps.append("sudo chgrp -R \(group) " + path)
    }
    steps.append("sudo chmod -R g+rwX,o-rwx " + path)
    steps.append("sudo find \(path) -type d -exec chmod g+s {} +")
    return FixCommand(text: steps.joined(separator: " && "), joinsGroup: joins)
  }

  /// The path as the shell reads it: quoted only when it has to be.
  static func quoted(_ path: String) -> String {
    let plain = path.unicodeScalars.allSatisfy {
      $0.isASCII && ($0.properties.isAlphabetic || "0123456789/._-+:@".unicodeScalars.contains($0))
    }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
