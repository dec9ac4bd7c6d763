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

  /// Runs the binary without a terminal (stdin from /dev/null, pipes for output).
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    var merged = ProcessInfo.processInfo.environment
    for (key, value) in environment { merged[key] = value }
    process.environment = merged
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}
