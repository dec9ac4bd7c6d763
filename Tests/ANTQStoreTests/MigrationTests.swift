import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A data folder as version 1 wrote it: every file "schema":1, and the yearly registers
/// (assessments, appraisals) at the top level, all years in one file. Holds `sampleProvince()`.
func schemaOneFolder(_ root: URL) throws -> URL {
  let url = try seededFolder(root)
  for year in [2024, 2025] {
    for name in ["assessments", "appraisals"] {
      try FileManager.default.removeItem(
        at: url.appendingPathComponent("activity/\(year)/\(name).json"))
    }
  }
  for name in allFiles(url) where name.hasSuffix(".json") {
    let file = url.appendingPathComponent(name)
    try write(
      try text(file).replacingOccurrences(of: "{\"schema\":2,", with: "{\"schema\":1,"), to: file)
  }
  try write(
    """
    {"schema":1,"collection":"assessments","records":[
    {"decisionDate":"2025-11-20","decisionNumber":"12/QĐ-UBND","id":"A001","result":"met","subject":{"id":"K001","kind":"residentialArea"},"year":2025}
    ]}

    """, to: url.appendingPathComponent("assessments.json"))
  try write(
    """
    {"schema":1,"collection":"appraisals","records":[
    {"decisionNumber":"5/QĐ-CAT","id":"AP01","result":"effective","siteID":"S001","year":2025}
    ]}

    """, to: url.appendingPathComponent("appraisals.json"))
  return url
}

/// An assessment edit: a yearly register change, as an upgrade's journal may hold.
func assessmentEdit() -> Change {
  var assessment = sampleProvince().assessments[0]
  assessment.result = .notMet
  return .upsert(.assessment(assessment))
}

@Suite struct MigrationTests {
  @Test func aSchemaOneFolderReadsAsTheSameProvince() throws {
    try withTemporaryFolder { root in
      let url = try schemaOneFolder(root)
      #expect(try !text(url.appendingPathComponent("teams.json")).contains("\"schema\":2"))
      #expect(try DataFolder(url).load() == sampleProvince())
      // Opened lazily, it still loads every year: the upgrade rewrites them all.
      let store = try openStore(url, years: .latest)
      #expect(store.data == sampleProvince())
      #expect(store.loadedYears == [2024, 2025])
      #expect(store.notices == [.upgradePending(folder: url.path)])
      #expect(FolderCheck.run(url) == [])
    }
  }

  @Test func theNextFoldWritesSchemaTwoAndKeepsTheOldGenerationInBackups() throws {
    try withTemporaryFolder { root in
      let url = try schemaOneFolder(root)
      let oldAssessments = try text(url.appendingPathComponent("assessments.json"))
      try openStore(url, years: .latest).close()  // no change: the close still upgrades

      #expect(FileIO.kind(url.appendingPathComponent("assessments.json").path) == .missing)
      #expect(FileIO.kind(url.appendingPathComponent("appraisals.json").path) == .missing)
      let ownFiles = ["folded.json", "replica.json"]
      for name in allFiles(url)
      where name.hasSuffix(".json") && !name.hasPrefix("backups") && !ownFiles.contains(name) {
        #expect(
          try text(url.appendingPathComponent(name)).hasPrefix("{\"schema\":2,"), "\(name)")
      }
      let assessments = try text(url.appendingPathComponent("activity/2025/assessments.json"))
      #expect(assessments.contains("\"id\":\"A001\""))
      #expect(try DataFolder(url).load() == sampleProvince())

      let backups = Backups(folder: DataFolder(url)).generations()
      #expect(backups.count == 1)
      let old = URL(fileURLWithPath: backups[0])
      #expect(try text(old.appendingPathComponent("assessments.json")) == oldAssessments)
      #expect(try DataFolder(old).load() == sampleProvince())

      let reopened = try openStore(url, years: .latest)
      #expect(reopened.notices.isEmpty)
      #expect(reopened.loadedYears == [2025])
    }
  }

  static func upgradeCrashSteps() throws -> [StoreFaults.Step] {
    let steps = try FoldTests.crashSteps(
      clerkChanges() + [assessmentEdit()], years: .latest, folder: schemaOneFolder)
    #expect(steps.contains(.save(.legacyRemoved(2))))
    return steps
  }

  @Test func aCrashAtAnyStepOfTheUpgradeLosesNothing() throws {
    let changes = clerkChanges() + [assessmentEdit()]
    for step in try Self.upgradeCrashSteps() {
      try withTemporaryFolder { root in
        let url = try schemaOneFolder(root)
        let faults = StoreFaults()
        let store = try openStore(url, years: .latest, faults: faults)
        for change in changes { try store.record(change) }
        faults.crashAt = step
        #expect(throws: SimulatedCrash(step: step)) { try store.foldSteps() }
        store.abandon()

        let reopened = try openStore(url)
        #expect(reopened.data == expectedAfter(changes), "crash at \(step)")
        #expect(FolderCheck.run(url) == [], "crash at \(step)")
        try reopened.close()
        #expect(try DataFolder(url).load() == expectedAfter(changes), "crash at \(step)")
        #expect(DataFolder(url).legacyYearly().isEmpty, "crash at \(step)")
      }
    }
  }

  @Test func aFileOfANewerSchemaIsStillRefused() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let file = url.appendingPathComponent("activity/2025/assessments.json")
      try write(
        "{\"schema\":3,\"collection\":\"assessments\",\"year\":2025,\"records\":[]}\n", to: file)
      let expected = StoreError.unsupportedSchema(file: file.path, found: 3, supported: [1, 2])
      #expect(storeError { _ = try ProvinceStore.open(folder: url) } == expected)
      #expect(FolderCheck.run(url) == [.damagedFile(expected)])
      // Nor is it overwritten by a save.
      let store = try openStore(url, years: .only([2024]))
      try store.record(assessmentEdit())
      #expect(storeError { try store.fold() } == expected)
      #expect(try text(file).hasPrefix("{\"schema\":3,"))
    }
  }
}
