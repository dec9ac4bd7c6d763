import Foundation

/// Locates the `antq` executable SwiftPM built next to this test bundle, and runs it.
enum BuiltBinary {
  static var url: URL {
    if let override = ProcessInfo.processInfo.environment["ANTQ_BIN"] {
      return URL(fileURLWithPath: override)
    }
    let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // Linux test bundles live at .build/<triple>/debug/antqPackageTests.xctest
    while folder.path != "/" {
      let candidate = folder.appendingPathComponent("antq")
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isFolder),
        !isFolder.boolValue
      {
        return candidate
      }
      folder = folder.deletingLastPathComponent()
    }
    return URL(fileURLWithPath: "antq")
  }

  struct Output {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// Runs the binary without a terminal (stdin from /dev/null, pipes for output, a new
  /// session so no controlling terminal either). `environment` adds or replaces variables;
  /// `removing` drops them (e.g. TERM).
  /// `input`: what the binary reads on stdin (a password in a script), else nothing.
  static func run(
    _ arguments: [String], environment: [String: String] = [:], removing: [String] = [],
    input: String? = nil
  ) throws -> Output {
    var stdin = "/dev/null"
    if let input {
      stdin =
        FileManager.default.temporaryDirectory.appendingPathComponent(
          "antq-stdin-\(UUID().uuidString)"
        ).path
      try Data(input.utf8).write(to: URL(fileURLWithPath: stdin))
    }
    defer { if input != nil { try? FileManager.default.removeItem(atPath: stdin) } }
    let result = try Spawn.run(
      url.path, arguments, environment: Spawn.environment(adding: environment, removing: removing),
      input: stdin)
    return Output(
      status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
      stderr: String(decoding: result.stderr, as: UTF8.self))
  }
}

/// Reads a file handle to its end on a background thread, so a child that fills one pipe
/// while the other is being read never blocks.
final class PipeDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  /// The whole content, once the writer closed its end.
  func wait() -> Data {
    done.wait()
    return data
  }
}
