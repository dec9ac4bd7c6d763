import ANTQCore
import Foundation

/// A province's data folder: one JSON file per collection; everything dated by year (activity
/// logs, safety assessments, model appraisals) in one file per collection and year under
/// `activity/<year>/`. Files and folders take their modes from the data folder (`FileModes`):
/// the owner's alone, or a group's; never anything for others (they hold informants' details).
public struct DataFolder: Sendable {
  public enum Status: Equatable, Sendable {
    /// No such folder.
    case missing
    /// The folder exists but holds no data file: safe to save a new province into.
    case empty
    /// The folder holds data files.
    case populated
  }

  public let url: URL
  public var path: String { url.path }

  public init(_ url: URL) { self.url = url.standardizedFileURL }

  /// The schema this program writes; it also reads schema 1 (see `Collections`).
  public static var schemaVersion: Int { Envelope<Int>.currentSchema }

  /// Throws `notAFolder` when the path is a file, `folderAccess` when this account cannot
  /// read the folder (it would look empty).
  public func status() throws(StoreError) -> Status { try status(probe: SystemProbe()) }

  func status(probe: some FolderProbe) throws(StoreError) -> Status {
    switch FileIO.kind(path) {
    case .missing: return .missing
    case .file, .other: throw StoreError.notAFolder(path: path)
    case .folder: break
    }
    if let problem = FolderAccess.readProblem(self, probe: probe) {
      throw StoreError.folderAccess(problem)
    }
    let hasRegister = (Collections.registers + Collections.legacy(legacyYearly())).contains {
      FileIO.kind(file($0.relativePath)) != .missing
    }
    let hasActivity = !(try yearsOnDisk()).isEmpty
    return hasRegister || hasActivity ? .populated : .empty
  }

  /// DESIGN.md §3b, after the caller's `--data`: $ANTQ_DATA, else $XDG_DATA_HOME/antq, else
  /// ~/.local/share/antq.
  public static func defaultLocation(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    if let data = environment["ANTQ_DATA"], !data.isEmpty {
      return URL(fileURLWithPath: data, isDirectory: true)
    }
    // The XDG spec says relative values are invalid and must be ignored.
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("antq")
    }
    let home =
      environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
    return URL(fileURLWithPath: home, isDirectory: true)
      .appendingPathComponent(".local/share/antq")
  }

  func file(_ relativePath: String) -> String { path + "/" + relativePath }

  /// The years that have a folder under activity/ ("2024", "2025"), ascending; other names
  /// are ignored. (A schema-1 folder's yearly registers may hold more years: see `load`.)
  public func yearsOnDisk() throws(StoreError) -> [Int] {
    let folder = file(Collections.activityFolder)
    guard FileIO.kind(folder) == .folder else { return [] }
    return try FileIO.list(folder).compactMap { name -> Int? in
      guard name.count == 4, let year = Int(name), FileIO.kind(folder + "/" + name) == .folder
      else { return nil }
      return year
    }.sorted()
  }

  /// The yearly registers still in a schema-1 top-level file: a folder not yet upgraded. Such
  /// a file is the one read for its collection: it is removed only once every year's file
  /// of the upgrade is durable.
  func legacyYearly() -> Set<String> {
    Set(Collections.legacyYearly.filter { FileIO.kind(file($0 + ".json")) != .missing })
  }

  /// The files to read for the registers and the given years.
  func files(years: [Int]) -> [CollectionFile] {
    let legacy = legacyYearly()
    var list = Collections.registers + Collections.legacy(legacy)
    for year in years { list += Collections.yearly(year: year, skipping: legacy) }
    return list
  }

  /// Every data file there is now, relative to the folder, for backups.
  func filesOnDisk() throws(StoreError) -> [String] {
    var list = Collections.registers + Collections.legacy(Set(Collections.legacyYearly))
    for year in try yearsOnDisk() { list += Collections.yearly(year: year) }
    return list.map(\.relativePath).filter { FileIO.kind(file($0)) == .file }
  }
}
