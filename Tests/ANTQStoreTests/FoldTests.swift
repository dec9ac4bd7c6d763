import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct FoldTests {
  @Test func foldWritesTheFilesKeepsTheJournalAsHistoryAndKeepsThreeBackups() throws {
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
      // The journal is the history: every change stays in it, and folded.json says how far
      // the files hold it.
      let journal = try journalFile(url)
      #expect(try text(journal).split(separator: "\n").count == clerkChanges().count)
      #expect(try text(url.appendingPathComponent("folded.json")).contains("\"lines\":5"))
      let backups = Backups(folder: DataFolder(url)).generations()
      #expect(backups.count == 3)
      // The newest backup is the files as they were before the last fold.
      let newest = DataFolder(URL(fileURLWithPath: backups[2]))
      #expect(try newest.load() == expectedAfter(Array(clerkChanges().dropLast())))
      #expect(try Data(contentsOf: url.appendingPathComponent("communes.json")) != original)
      for path in [url.path + "/backups", backups[0], try journalFile(url).path] {
        #expect(mode(path) & 0o077 == 0, "\(path) is readable by others")
      }
      #expect(mode(backups[0] + "/communes.json") == 0o600)
    }
  }

  @Test func closeFoldsWhenNoOtherStoreIsOpen() throws {
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

  /// Every step of a fold of `changes` over `make`'s folder, as a dry run passes them.
  static func crashSteps(
    _ changes: [Change], years: ProvinceStore.YearsToLoad = .all,
    folder make: (URL) throws -> URL = seededFolder
  ) throws -> [StoreFaults.Step] {
    try withTemporaryFolder { root in
      let faults = StoreFaults()
      let store = try openStore(try make(root), years: years, faults: faults)
      for change in changes { try store.record(change) }
      let start = faults.passed.count
      try store.foldSteps()
      return Array(faults.passed[start...])
    }
  }

  @Test func theDryRunPassesEveryStepOfAFoldOfTheTouchedFilesOnly() throws {
    let steps = try Self.crashSteps(clerkChanges())
    // communes and members (registers), and the year files of 2024, 2025 and the new 2026.
    let renames = steps.filter { if case .save(.renamed) = $0 { true } else { false } }
    #expect(renames.count == 2 + 10 * 3)
    #expect(steps.first == .backupLinked)
    #expect(steps.suffix(2) == [.manifestWritten, .backupsPruned])
  }

  @Test func fieldsThisVersionDoesNotKnowSurviveAFoldOfTheirFile() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let communes = url.appendingPathComponent("communes.json")
      let future = "\"zFuture\":{\"cameras\":[1,2],\"note\":\"thêm \\\"tay\\\"\"}"
      let edited = try text(communes)
        .replacingOccurrences(of: "\"id\":\"X001\"", with: "\"id\":\"X001\",\"aFuture\":7")
        .replacingOccurrences(of: "\"id\":\"P002\"", with: "\"id\":\"P002\"," + future)
      try write(edited, to: communes)
      let store = try openStore(url)
      // A new commune in the same file, and an edit of the commune with the unknown field.
      try store.record(clerkChanges()[0])
      var renamed = sampleProvince().communes[1]
      renamed.name = "Phường Hạc Thành mới"
      try store.record(.upsert(.commune(renamed)))
      try store.close()
      let after = try text(communes)
      #expect(after.contains("\"aFuture\":7"))  // untouched record: byte for byte
      #expect(after.contains(future))  // changed record: its unknown field kept
      #expect(after.contains("Phường Hạc Thành mới"))
      #expect(after.contains("Xã Nga Sơn"))
      #expect(
        try DataFolder(url).load()
          == expectedAfter([clerkChanges()[0], .upsert(.commune(renamed))]))
    }
  }

  @Test func anEnvelopeFieldThisVersionDoesNotKnowSurvivesAFoldOfItsFile() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let communes = url.appendingPathComponent("communes.json")
      let before = "\"aSource\":{\"office\":\"Sở\",\"n\":[1,2]}"
      let after = "\"zNote\":\"thêm bằng tay\""
      var edited = try text(communes)
      edited = "{" + before + "," + edited.dropFirst()
      edited = String(edited[..<edited.lastIndex(of: "}")!]) + "," + after + "}\n"
      try write(edited, to: communes)
      let store = try openStore(url)
      try store.record(clerkChanges()[0])  // a new commune: communes.json is rewritten
      try store.close()
      let folded = try text(communes)
      #expect(folded != edited)
      #expect(folded.contains(before))
      #expect(folded.contains(after))
      #expect(try DataFolder(url).load() == expectedAfter([clerkChanges()[0]]))
    }
  }

  @Test func aFieldANewerVersionWroteInAJournalLineSurvivesTheFold() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      try store.record(clerkChanges()[0])  // a new commune, written by "a newer version"
      store.abandon()
      let journal = try journalFile(url)
      let future = "\"aaFuture\":{\"cameras\":[1,2]}"
      let line = try text(journal).replacingOccurrences(
        of: "\"record\":{", with: "\"record\":{" + future + ","
      ).dropLast()
      let covered = line[..<line.range(of: ",\"crc\":")!.lowerBound]
      try write(
        covered + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(covered.utf8))) + "\"}\n",
        to: journal)
      let reopened = try openStore(url)
      #expect(reopened.notices.isEmpty)
      try reopened.close()
      let communes = try text(url.appendingPathComponent("communes.json"))
      #expect(communes.contains(future))
      #expect(try DataFolder(url).load() == expectedAfter([clerkChanges()[0]]))
    }
  }

  @Test func aFoldOfAChangeSetWritesTheFileAWholeSaveWrites() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      let added = sampleProvince().members.prefix(3).map { member -> Member in
        var member = member
        member.id = "N" + member.id
        member.fullName = "Nguyễn \"Mới\" / \(member.id)"
        return member
      }
      var edited = sampleProvince().members[0]
      edited.fullName = "Lê Thị Sửa"
      _ = try store.record(all: added.map { .upsert(.member($0)) } + [.upsert(.member(edited))])
      try store.fold()
      let whole = root.appendingPathComponent("whole", isDirectory: true)
      try DataFolder(whole).save(store.data)
      let folded = try text(url.appendingPathComponent("members.json"))
      #expect(folded.contains("Lê Thị Sửa"))
      #expect(folded == (try text(whole.appendingPathComponent("members.json"))))
    }
  }

  @Test func aFoldRewritesOnlyTheFilesWhoseRecordsChanged() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let teams = url.appendingPathComponent("teams.json")
      // A field this version does not know, added by hand or by a newer version.
      let edited = try text(teams).replacingOccurrences(
        of: "\"id\":\"T001\"", with: "\"futureField\":{\"a\":[1,2]},\"id\":\"T001\"")
      try write(edited, to: teams)
      let store = try openStore(url)
      try store.record(clerkChanges()[0])  // a commune: teams.json is not touched
      try store.close()
      #expect(try text(teams) == edited)
    }
  }

  /// With every year loaded, and with only the latest: then the fold loads 2024 (a 2025
  /// patrol moves into it) before writing it.
  @Test(arguments: [ProvinceStore.YearsToLoad.all, .latest])
  func aCrashAtAnyStepOfAFoldLosesNothing(years: ProvinceStore.YearsToLoad) throws {
    let changes = years == .all ? clerkChanges() : changesSeenIn2025()
    for step in try Self.crashSteps(changes, years: years) {
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
        // The next fold works, sweeps what the crash left and replaces files whole.
        try reopened.fold()
        #expect(
          !allFiles(url).contains { $0.contains(".tmp-") || $0.contains("/.new-") },
          "crash at \(step) left \(allFiles(url))")
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
          // Never reported saved: the console takes its journal back and cuts the torn line.
          #expect(reopened.data == expectedAfter(changes.dropLast()))
          #expect(reopened.notices.isEmpty)
          try reopened.record(changes.last!)
          reopened.abandon()
          #expect(try openStore(url).data == expectedAfter(changes))
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
        "{\"schema\":1,\"collection\":\"communes\",\"records\":[",
        to: url.appendingPathComponent("communes.json"))
      #expect(throws: StoreError.self) { try store.fold() }
      #expect(store.pendingChanges == clerkChanges().count)
      #expect(store.data == expectedAfter(clerkChanges()))
      #expect(!allFiles(url).contains { $0.contains(".tmp-") })
    }
  }

  /// The fold skips the check of a file this process read and found good, unchanged since:
  /// a file damaged in place while the console was open, its size kept, is still refused.
  @Test func aFileDamagedInPlaceAfterOpeningIsNeverOverwritten() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      try store.record(clerkChanges()[0])
      let communes = url.appendingPathComponent("communes.json")
      let handle = try FileHandle(forWritingTo: communes)
      try handle.write(contentsOf: Data("[".utf8))  // the envelope's `{`, same size
      try handle.close()
      let damaged = try Data(contentsOf: communes)
      #expect(throws: StoreError.self) { try store.fold() }
      #expect(try Data(contentsOf: communes) == damaged)
      #expect(store.pendingChanges == 1)
    }
  }
}
