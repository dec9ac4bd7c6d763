import Foundation

/// Finds the `assets` folder (string catalogs, demo data) however the program was started.
/// Does not use `Bundle.module`, which kills the process when the bundle is missing.
public enum AssetLocator {
  /// The places looked at, in order: $ANTQ_ASSETS (only it, when set); `<exe dir>/assets`;
  /// `<exe dir>/antq_antq.resources/assets` (SwiftPM's resource bundle); then every
  /// `<ancestor>/assets` of the executable's folder whose ancestor holds Package.swift.
  public static func candidates(environment: [String: String], executable: URL?) -> [URL] {
    if let explicit = environment["ANTQ_ASSETS"], !explicit.isEmpty {
      return [URL(fileURLWithPath: explicit, isDirectory: true)]
    }
    guard let executable else { return [] }
    let folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
    var places = [
      folder.appendingPathComponent("assets", isDirectory: true),
      folder.appendingPathComponent("antq_antq.resources/assets", isDirectory: true),
    ]
    var ancestor = folder
    while ancestor.path != "/" && !ancestor.path.isEmpty {
      if FileIO.kind(ancestor.appendingPathComponent("Package.swift").path) == .file {
        places.append(ancestor.appendingPathComponent("assets", isDirectory: true))
      }
      ancestor = ancestor.deletingLastPathComponent()
    }
    return places
  }

  /// The first candidate that is a folder holding `i18n/`; else `assetsNotFound` listing every
  /// place looked at.
  public static func locate(
    environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: URL? = executableURL()
  ) throws(StoreError) -> URL {
    let places = candidates(environment: environment, executable: executable)
    for place in places where FileIO.kind(place.appendingPathComponent("i18n").path) == .folder {
      return place.standardizedFileURL
    }
    var searched = places.map(\.path)
    if environment["ANTQ_ASSETS"].map({ $0.isEmpty }) ?? true, executable != nil {
      searched.append("<folders above \(executable!.deletingLastPathComponent().path)>/assets")
    }
    if executable == nil { searched.append("(the program's own path is unknown)") }
    throw StoreError.assetsNotFound(searched: searched)
  }

  /// The running program: /proc/self/exe, else argv[0] resolved against the working folder
  /// and $PATH.
  public static func executableURL() -> URL? {
    if let linked = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: linked)
    }
    guard let first = CommandLine.arguments.first, !first.isEmpty else { return nil }
    if first.contains("/") {
      return URL(fileURLWithPath: first).standardizedFileURL
    }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(first)"
      if FileIO.kind(candidate) == .file { return URL(fileURLWithPath: candidate) }
    }
    return nil
  }
}
