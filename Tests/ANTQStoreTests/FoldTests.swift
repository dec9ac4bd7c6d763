import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct FoldTests {
  @Test func foldWritesTheFilesEmptiesTheJournalAndKeepsThreeBackups() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let original = try Data(contentsOf: url.appendingPathComponent("communes.json"))
      let store = try openStore(url)
      for (index, change) in clerkChanges().enumerated() {
        try store.record(change)
        try store.fold()
        #expect(store.pendingChanges == 0)
        #expect(try DataFolder(url).load() == expectedAfter(Array(clerkChanges()[...index])))
      }
      #expect(try Data(contentsOf: url.appendingPathComponent("journal.jsonl")).isEmpty)
      let backups = Backups(folder: DataFolder(url)).generations()
      #expect(backups.count == 3)
      // The newest backup is the files as they were before the last fold.
      let newest = DataFolder(URL(fileURLWithPath: backups[2]))
      #expect(try newest.load() == expectedAfter(Array(clerkChanges().dropLast())))
      #expect(try Data(contentsOf: url.appendingPathComponent("communes.json")) != original)
      for path in [url.path + "/backups", backups[0], url.path + "/journal.jsonl"] {
        #expect(mode(path) & 0o077 == 0, "\(path) is readable by others")
      }
      #expect(mode(backups[0] + "/communes.json") == 0o600)
    }
  }

  @Test func closeFoldsAndReleasesTheLock() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      try store.close()
      #expect(try DataFolder(url).load() == expectedAfter(clerkChanges()))
      #expect(try openStore(url).pendingChanges == 0)
    }
  }

  @Test func theJournalIsFoldedWhenItPassesItsBound() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      store.foldAfterChanges = 3
      for change in clerkChanges() { try store.record(change) }
      #expect(store.pendingChanges == 2)
      #expect(try DataFolder(url).load() == expectedAfter(Array(clerkChanges().prefix(3))))
    }
  }

  @Test func undoGoesThroughTheJournal() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      let delete = Change.delete(.team, id: "T001")
      let undo = store.undo(of: delete)
      try store.record(delete)
      #expect(store.data.teams.isEmpty)
      try store.record(undo)
      store.abandon()
      #expect(try openStore(url).data == sampleProvince())
    }
  }

  /// Every step of a fold, and of the record before it, stopped as by kill -9.
  static func crashSteps() -> [StoreFaults.Step] {
    let files = 10 + 8 * 3  // registers, and the year files of 2024, 2025 and the new 2026
    return [.backupLinked, .backupPublished, .save(.temporariesWritten)]
      + (1...files).map { .save(.renamed($0)) }
      + [.save(.yearPublished(2026)), .save(.foldersSynced), .journalTruncated, .backupsPruned]
  }

  /// With every year loaded, and with only the latest: then the fold loads 2024 (a 2025
  /// patrol moves into it) before writing it.
  @Test(arguments: [ProvinceStore.YearsToLoad.all, .latest])
  func aCrashAtAnyStepOfAFoldLosesNothing(years: ProvinceStore.YearsToLoad) throws {
    let changes = years == .all ? clerkChanges() : changesSeenIn2025()
    for step in Self.crashSteps() {
      try withTemporaryFolder { root in
        let url = try seededFolder(root)
        let faults = StoreFaults()
        let store = try openStore(url, years: years, faults: faults)
        for change in changes { try store.record(change) }
        faults.crashAt = step
        #expect(throws: SimulatedCrash(step: step)) { try store.foldSteps() }
        store.abandon()

        let reopened = try openStore(url)
        #expect(reopened.data == expectedAfter(changes), "crash at \(step)")
        #expect(reopened.notices.isEmpty, "crash at \(step)")
        #expect(
          !allFiles(url).contains { $0.contains(".tmp-") || $0.contains("/.new-") },
          "crash at \(step) left \(allFiles(url))")
        try reopened.fold()  // the next fold works and replaces every file whole
        reopened.abandon()
        #expect(try DataFolder(url).load() == expectedAfter(changes), "crash at \(step)")
      }
    }
  }

  @Test func aCrashAtAnyStepOfARecordKeepsEveryEarlierChange() throws {
    let steps: [StoreFaults.Step] = [.recordHalfWritten, .recordWritten, .recordSynced]
    for step in steps {
      try withTemporaryFolder { root in
        let url = try seededFolder(root)
        let faults = StoreFaults()
        let store = try openStore(url, faults: faults)
        let changes = clerkChanges()
        for change in changes.dropLast() { try store.record(change) }
        faults.crashAt = step
        #expect(throws: SimulatedCrash(step: step)) { try store.recordSteps(changes.last!) }
        #expect(store.data == expectedAfter(changes.dropLast()))
        store.abandon()

        let reopened = try openStore(url)
        if step == .recordHalfWritten {
          // Never reported saved: dropped, with a notice.
          #expect(reopened.data == expectedAfter(changes.dropLast()))
          #expect(reopened.notices.count == 1)
        } else {
          // Written before the crash (fsynced, or in the page cache a kill -9 keeps).
          #expect(reopened.data == expectedAfter(changes), "crash at \(step)")
          #expect(reopened.notices.isEmpty)
        }
      }
    }
  }

  @Test func aFailedFoldLeavesTheFilesAndTheJournalForTheNextTry() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      // A damaged file is never overwritten: the fold refuses and keeps the journal.
      try write(
        "{\"schema\":1,\"collection\":\"teams\",\"records\":[",
        to: url.appendingPathComponent("teams.json"))
      #expect(throws: StoreError.self) { try store.fold() }
      #expect(store.pendingChanges == clerkChanges().count)
      #expect(store.data == expectedAfter(clerkChanges()))
      #expect(!allFiles(url).contains { $0.contains(".tmp-") })
    }
  }
}
