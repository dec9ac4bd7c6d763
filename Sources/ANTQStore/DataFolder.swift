import ANTQCore
import Foundation

/// A province's data folder: one JSON file per collection, activity logs per year under
/// `activity/<year>/`. Files are 0600 and the folder 0700: they hold informants' details.
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

  public static let schemaVersion = 1

  /// Throws `notAFolder` when the path is a file.
  public func status() throws(StoreError) -> Status {
    switch FileIO.kind(path) {
    case .missing: return .missing
    case .file, .other: throw StoreError.notAFolder(path: path)
    case .folder: break
    }
    let hasRegister = Collections.registers.contains {
      FileIO.kind(file($0.relativePath)) != .missing
    }
    let hasActivity = !(try activityYearsOnDisk()).isEmpty
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

  /// Year folders under activity/ ("2024", "2025"), ascending; other names are ignored.
  func activityYearsOnDisk() throws(StoreError) -> [Int] {
    let folder = file(Collections.activityFolder)
    guard FileIO.kind(folder) == .folder else { return [] }
    return try FileIO.list(folder).compactMap { name -> Int? in
      guard name.count == 4, let year = Int(name), FileIO.kind(folder + "/" + name) == .folder
      else { return nil }
      return year
    }.sorted()
  }
}
