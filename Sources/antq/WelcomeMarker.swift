import Foundation

/// Remembers, per user and outside any data folder, that the first-start welcome was
/// dismissed: an empty file `$XDG_STATE_HOME/antq/welcomed` (else `~/.local/state/antq/…`).
struct WelcomeMarker {
  let url: URL?

  init(environment: [String: String] = ProcessInfo.processInfo.environment) {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      url = URL(fileURLWithPath: state).appendingPathComponent("antq/welcomed")
    } else if let home = environment["HOME"], !home.isEmpty {
      url = URL(fileURLWithPath: home).appendingPathComponent(".local/state/antq/welcomed")
    } else {
      url = nil
    }
  }

  /// True once dismissed; also true when there is nowhere to remember it, so the
  /// welcome never comes back at every start.
  var seen: Bool {
    guard let url else { return true }
    return FileManager.default.fileExists(atPath: url.path)
  }

  /// Writes the marker; a failure only means the welcome shows again next time.
  func markSeen() {
    guard let url else { return }
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    FileManager.default.createFile(atPath: url.path, contents: Data())
  }
}
