import Foundation
import Testing

@testable import ANTQStore

/// The package's own assets folder, found from this source file.
let sourceAssets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assets")

@Suite struct AssetLocatorTests {
  @Test func environmentVariableWins() throws {
    try withTemporaryFolder { root in
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("i18n"), withIntermediateDirectories: true)
      let found = try AssetLocator.locate(
        environment: ["ANTQ_ASSETS": root.path], executable: URL(fileURLWithPath: "/usr/bin/antq"))
      #expect(found.path == root.standardizedFileURL.path)
    }
  }

  @Test func findsTheSourceTreeAboveTheBuildFolder() throws {
    try withTemporaryFolder { root in
      try write("// swift-tools-version:6.0\n", to: root.appendingPathComponent("Package.swift"))
      let assets = root.appendingPathComponent("assets")
      let binFolder = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release")
      for folder in [assets.appendingPathComponent("i18n/vi"), binFolder] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      }
      let found = try AssetLocator.locate(
        environment: [:], executable: binFolder.appendingPathComponent("antq"))
      #expect(found.path == assets.standardizedFileURL.path)
    }
  }

  @Test func prefersTheResourceBundleBesideTheExecutable() throws {
    try withTemporaryFolder { root in
      try write("", to: root.appendingPathComponent("Package.swift"))
      for folder in ["assets/i18n", "bin/antq_antq.resources/assets/i18n"] {
        try FileManager.default.createDirectory(
          at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
      }
      let found = try AssetLocator.locate(
        environment: [:], executable: root.appendingPathComponent("bin/antq"))
      #expect(found.path.hasSuffix("bin/antq_antq.resources/assets"))
    }
  }

  @Test func nothingFoundListsEveryPlaceLookedAt() throws {
    try withTemporaryFolder { root in
      let exe = root.appendingPathComponent("bin/antq")
      let error = storeError { _ = try AssetLocator.locate(environment: [:], executable: exe) }
      guard case .assetsNotFound(let searched)? = error else {
        Issue.record("expected assetsNotFound, got \(String(describing: error))")
        return
      }
      let bin = root.appendingPathComponent("bin").path
      #expect(searched.contains(bin + "/assets"))
      #expect(searched.contains(bin + "/antq_antq.resources/assets"))
      #expect(error!.description.contains("ANTQ_ASSETS"))

      let badEnv = storeError {
        _ = try AssetLocator.locate(environment: ["ANTQ_ASSETS": "/no/such"], executable: exe)
      }
      #expect(badEnv == .assetsNotFound(searched: ["/no/such"]))
    }
  }

  /// The test binary sits in the build folder, beside SwiftPM's copy of the assets.
  @Test func theRunningTestBinaryFindsThePackageAssets() throws {
    let found = try AssetLocator.locate(environment: [:])
    let part = found.appendingPathComponent("i18n/vi/store.json")
    #expect(
      try Data(contentsOf: part)
        == Data(contentsOf: sourceAssets.appendingPathComponent("i18n/vi/store.json")))
  }
}
