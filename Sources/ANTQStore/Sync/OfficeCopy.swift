import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `antq office`: a copy of the province's folder for a commune office that works offline.
/// The files and `folded.json` are copied together (under the fold lock, so never in the
/// middle of a fold), then every journal's whole lines; `office.json` names the commune. The
/// copy is a province folder like any other, and `antq sync` brings both sides together.
public enum OfficeCopy {
  public static let fileName = "office.json"

  public struct Office: Codable, Equatable, Sendable {
    public var commune: String
    public var name: String
  }

  /// The office of a folder made by `make`, if it is one.
  public static func office(of folder: DataFolder) -> Office? {
    guard let data = try? FileIO.read(folder.file(fileName)) else { return nil }
    return try? JSONDecoder().decode(Office.self, from: data)
  }

  /// Copies `province` into `out` (missing or empty) for `commune`; the files copied.
  @discardableResult
  public static func make(from province: DataFolder, to out: DataFolder, commune: Commune)
    throws(StoreError) -> Int
  {
    _ = try ProvinceStore.manifest(province, create: true)
    try FileIO.makeFolder(out.path)
    let lock = try FileLock.wait(province.file(ProvinceStore.foldLockName), .shared)
    var names = try province.filesOnDisk() + [FoldedManifest.fileName]
    for year in try province.yearsOnDisk() {
      try FileIO.makeFolder(out.file("\(Collections.activityFolder)/\(year)"))
    }
    for name in names { try copy(province.file(name), to: out.file(name), wholeLines: false) }
    lock.release()
    let journals = JournalFolder(folder: province.path, province: "")
    try FileIO.makeFolder(out.file(JournalFolder.folderName))
    for name in journals.names() {
      let relative = JournalFolder.folderName + "/" + name
      try copy(province.file(relative), to: out.file(relative), wholeLines: true)
      names.append(relative)
    }
    let office = Office(commune: commune.id, name: commune.name)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    let bytes = ((try? encoder.encode(office)) ?? Data()) + Data([0x0A])
    try FileIO.replace(out.file(fileName), with: bytes, syncFolder: false)
    for folder in [
      out.path, out.file(Collections.activityFolder), out.file(JournalFolder.folderName),
    ]
    where FileIO.kind(folder) == .folder {
      try FileIO.syncFolder(folder)
    }
    return names.count + 1
  }

  private static func copy(_ from: String, to: String, wholeLines: Bool) throws(StoreError) {
    guard var bytes = JournalFolder.read(from, from: 0) else { throw FileIO.failure(from, .read) }
    if wholeLines { bytes = Array(bytes[..<((bytes.lastIndex(of: 0x0A) ?? -1) + 1)]) }
    try FileIO.replace(to, with: Data(bytes), syncFolder: false)
  }

}
