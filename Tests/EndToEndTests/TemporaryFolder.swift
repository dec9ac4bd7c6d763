import Foundation
import Testing

/// A fresh folder under the system's temporary directory, removed with everything in it
/// when the value goes away.
final class TemporaryFolder {
  let url: URL

  init(_ label: String = "antq-e2e") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "\(label)-\(getpid())-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  /// A path inside the folder (nothing is created).
  func child(_ name: String) -> URL { url.appendingPathComponent(name) }

  /// What the folder holds, by name, sorted.
  func contents() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: path).sorted()
  }
}

/// The environment for a console run whose `--demo` copy lands in `folder`, not in /tmp.
func privateTemporaryDirectory(_ folder: TemporaryFolder) -> [String: String] {
  // The first-start welcome was seen already, so the keys a test types reach the screens.
  let state = folder.child("state")
  try? FileManager.default.createDirectory(
    at: state.appendingPathComponent("antq"), withIntermediateDirectories: true)
  FileManager.default.createFile(
    atPath: state.appendingPathComponent("antq/welcomed").path, contents: Data())
  return ["TMPDIR": folder.path, "XDG_STATE_HOME": state.path]
}

extension TemporaryFolder {
  /// Writes the demo province into `name` inside this folder with `antq demo --out`.
  func demoProvince(_ name: String = "province") throws -> URL {
    let target = child(name)
    let written = try BuiltBinary.run(["demo", "--out", target.path])
    try #require(written.status == 0, "\(written.stderr)")
    return target
  }
}
