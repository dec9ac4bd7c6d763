import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `backups/` in the data folder: before a fold replaces the files, the current generation is
/// kept as `backups/<number>-<UTC time>/`, the newest `keep` generations only. Data files are
/// never changed in place (a save renames new files over them), so a hard link is a full copy
/// at no cost; where links are not supported the file is copied.
struct Backups {
  static let folderName = "backups"
  static let keep = 3
  private static let stagingPrefix = ".staging-"

  let folder: DataFolder
  var root: String { folder.path + "/" + Self.folderName }

  /// The generation folders, oldest first.
  func generations() -> [String] {
    let names = (try? FileIO.list(root)) ?? []
    return names.compactMap { name -> (Int, String)? in
      guard let number = Int(name.prefix { $0.isNumber }), name.first?.isNumber == true else {
        return nil
      }
      return (number, name)
    }.sorted { $0.0 < $1.0 }.map { root + "/" + $0.1 }
  }

  /// Keeps the data files as they are now as a new generation: linked in a hidden staging
  /// folder, fsynced, then renamed into place, so a generation is never half there.
  func snapshot(faults: StoreFaults?) throws {
    let files = try currentFiles()
    guard !files.isEmpty else { return }
    try FileIO.makeFolder(root)
    let number =
      (generations().compactMap { Int(($0 as NSString).lastPathComponent.prefix(6)) }
        .max() ?? 0) + 1
    let staging = root + "/" + Self.stagingPrefix + String(number)
    try? FileManager.default.removeItem(atPath: staging)
    var folders: Set<String> = [staging]
    for relative in files {
      let target = staging + "/" + relative
      let parent = (target as NSString).deletingLastPathComponent
      try FileIO.makeFolder(parent)
      folders.insert(parent)
      try keep(folder.file(relative), as: target)
    }
    for path in folders.sorted(by: >) { try FileIO.syncFolder(path) }
    try faults?.checkpoint(.backupLinked)
    let name = String(format: "%06d", number) + "-" + Self.stamp()
    try FileIO.rename(staging, over: root + "/" + name)
    try FileIO.syncFolder(root)
    try faults?.checkpoint(.backupPublished)
  }

  /// Removes generations beyond the newest `keep`, and staging folders a crash left.
  func prune() throws {
    let old = generations().dropLast(Self.keep)
    let staging = ((try? FileIO.list(root)) ?? []).filter { $0.hasPrefix(Self.stagingPrefix) }
    guard !old.isEmpty || !staging.isEmpty else { return }
    for path in old + staging.map({ root + "/" + $0 }) {
      do {
        try FileManager.default.removeItem(atPath: path)
      } catch {
        throw StoreError.io(path: path, operation: .write, reason: error.localizedDescription)
      }
    }
    try FileIO.syncFolder(root)
  }

  /// Relative paths of the data files on disk now.
  private func currentFiles() throws(StoreError) -> [String] {
    try folder.filesOnDisk()
  }

  private func keep(_ source: String, as target: String) throws(StoreError) {
    let good = KnownGoodFiles.goodStamp(source)
    if link(source, target) == 0 {
      KnownGoodFiles.relinked(source, before: good)
      return
    }
    let code = errno
    guard code == EXDEV || code == EPERM || code == ENOTSUP || code == EMLINK else {
      throw StoreError.io(path: target, operation: .create, reason: FileIO.reason(code))
    }
    let temporary = try FileIO.writeTemporary(try FileIO.read(source), besides: target)
    try FileIO.rename(temporary, over: target)
  }

  private static func stamp() -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    return formatter.string(from: Date())
  }
}
