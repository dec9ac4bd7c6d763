import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A folder written before the law's registers existed (no managed-people.json, no
/// education-files.json or rescues.json in its years) loads unchanged and checks clean.
@Suite struct OlderFolderTests {
  @Test func aFolderWithoutTheNewRegistersLoadsAndChecksClean() throws {
    try withTemporaryFolder { root in
      let original = sampleProvince()
      let folder = DataFolder(root)
      try folder.save(original)
      let manager = FileManager.default
      try manager.removeItem(at: root.appendingPathComponent("managed-people.json"))
      for year in try folder.yearsOnDisk() {
        for name in ["education-files.json", "rescues.json"] {
          try manager.removeItem(at: root.appendingPathComponent("activity/\(year)/\(name)"))
        }
      }
      let loaded = try folder.load()
      #expect(loaded == original)
      #expect(FolderCheck.run(folder).isEmpty)
    }
  }

  @Test func aDamagedNewRegisterIsStillReported() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root)
      try folder.save(sampleProvince())
      try Data("{".utf8).write(to: root.appendingPathComponent("managed-people.json"))
      #expect(throws: StoreError.self) { try folder.load() }
      #expect(!FolderCheck.run(folder).isEmpty)
    }
  }
}
