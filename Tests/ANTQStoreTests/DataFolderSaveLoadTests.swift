import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct DataFolderSaveLoadTests {
  static let registerFiles = [
    "province.json", "communes.json", "residential-areas.json", "institutions.json",
    "new-rural.json", "model-types.json", "model-sites.json", "exemplars.json", "teams.json",
    "members.json", "managed-people.json",
  ]
  static let activityFiles = [
    "patrols.json", "tips.json", "incidents.json", "outreach.json", "traffic.json", "wanted.json",
    "assessments.json", "appraisals.json", "education-files.json", "rescues.json",
  ]

  @Test func roundTripKeepsEveryRecordAndByte() throws {
    try withTemporaryFolder { root in
      let original = sampleProvince()
      let first = DataFolder(root.appendingPathComponent("a"))
      try first.save(original)
      let loaded = try first.load()
      #expect(loaded == original)

      let second = DataFolder(root.appendingPathComponent("b"))
      try second.save(loaded)
      for name in Self.registerFiles + Self.activityFiles.map({ "activity/2025/\($0)" }) {
        let a = try Data(contentsOf: first.url.appendingPathComponent(name))
        let b = try Data(contentsOf: second.url.appendingPathComponent(name))
        #expect(a == b, "\(name) differs after a second save")
      }
    }
  }

  @Test func vietnameseIsStoredAsPrecomposedUTF8() throws {
    try withTemporaryFolder { root in
      try DataFolder(root).save(sampleProvince())
      let communes = try Data(contentsOf: root.appendingPathComponent("communes.json"))
      let nfc = Data("Xã Đồng Lương".precomposedStringWithCanonicalMapping.utf8)
      #expect(communes.range(of: nfc) != nil)
      #expect(!String(decoding: communes, as: UTF8.self).contains("\\u"))
    }
  }

  @Test func everyFileHasSchemaTwoAndOneRecordPerLine() throws {
    try withTemporaryFolder { root in
      try DataFolder(root).save(sampleProvince())
      for name in Self.registerFiles {
        let lines = try text(root.appendingPathComponent(name)).split(separator: "\n")
        #expect(lines.first?.hasPrefix("{\"schema\":2,\"collection\":\"") == true, "\(name)")
      }
      let patrols = try text(root.appendingPathComponent("activity/2024/patrols.json"))
      #expect(
        patrols.split(separator: "\n") == [
          "{\"schema\":2,\"collection\":\"patrols\",\"year\":2024,\"records\":[",
          #"{"communeID":"X001","end":"2024-12-30T23:30","findings":"Bình thường","id":"PT1","notes":"","participants":{"militia":2,"police":1,"teamMembers":4},"residentialAreaIDs":["K001"],"route":"Đê sông Chu","start":"2024-12-30T21:00","teamID":"T001","tipsCollected":0}"#,
          "]}",
        ])
      let emptyYear = try text(root.appendingPathComponent("activity/2024/wanted.json"))
      #expect(
        emptyYear == "{\"schema\":2,\"collection\":\"wanted\",\"year\":2024,\"records\":[]}\n")
    }
  }

  @Test func folderIsPrivateAndFilesAre0600() throws {
    try withTemporaryFolder { root in
      let folder = root.appendingPathComponent("data")
      try DataFolder(folder).save(sampleProvince())
      func mode(_ url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as! NSNumber).intValue
      }
      #expect(try mode(folder) == 0o700)
      #expect(try mode(folder.appendingPathComponent("activity/2025")) == 0o700)
      #expect(try mode(folder.appendingPathComponent("members.json")) == 0o600)
      #expect(try mode(folder.appendingPathComponent("activity/2025/tips.json")) == 0o600)
    }
  }

  @Test func saveLeavesNoTemporaryFiles() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root)
      try folder.save(sampleProvince())
      try folder.save(sampleProvince())
      let all = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }
      #expect(all.filter { $0.contains(".tmp") }.isEmpty)
      // province.json, one file per register, one per dated kind in each of two years.
      let registers = RecordTypes.all.filter { !$0.isDated }.count
      #expect(
        all.filter { $0.hasSuffix(".json") }.count == 1 + registers + 2 * RecordTypes.dated.count)
    }
  }

  @Test func deletedActivityYearIsEmptiedOnSave() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root)
      var data = sampleProvince()
      try folder.save(data)
      data.patrols.removeAll { $0.day.year == 2024 }
      data.incidents.removeAll()
      try folder.save(data)
      #expect(try folder.load() == data)
    }
  }

  @Test func statusTellsMissingEmptyAndPopulated() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root.appendingPathComponent("data"))
      #expect(try folder.status() == .missing)
      try FileManager.default.createDirectory(at: folder.url, withIntermediateDirectories: true)
      try write("notes", to: folder.url.appendingPathComponent("README.txt"))
      #expect(try folder.status() == .empty)
      try folder.save(sampleProvince())
      #expect(try folder.status() == .populated)
    }
  }

  @Test func defaultLocationFollowsTheDesignOrder() {
    let all = ["ANTQ_DATA": "/srv/antq", "XDG_DATA_HOME": "/x/share", "HOME": "/home/an"]
    #expect(DataFolder.defaultLocation(environment: all).path == "/srv/antq")
    var env = all
    env["ANTQ_DATA"] = nil
    #expect(DataFolder.defaultLocation(environment: env).path == "/x/share/antq")
    env["XDG_DATA_HOME"] = "relative/ignored"
    #expect(DataFolder.defaultLocation(environment: env).path == "/home/an/.local/share/antq")
  }
}
