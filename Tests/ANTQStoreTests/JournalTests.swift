import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct JournalTests {
  @Test func recordedChangesSurviveWithoutAFold() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      #expect(store.data == expectedAfter(clerkChanges()))
      store.abandon()  // as a kill -9: no fold, no close

      let reopened = try openStore(url)
      #expect(reopened.data == expectedAfter(clerkChanges()))
      #expect(reopened.pendingChanges == clerkChanges().count)
      #expect(reopened.notices.isEmpty)
      let journal = try journalFile(url)
      let lines = try text(journal).split(separator: "\n")
      #expect(lines.count == clerkChanges().count)
      // Who, when, based on which version, in the console's own journal.
      #expect(lines[0].hasPrefix("{\"at\":"))
      #expect(lines[0].contains("\"by\":\"\(Author.current().user)\""))
      #expect(lines[0].contains("\"seq\":1,"))
      #expect(journal.lastPathComponent.contains("\(Author.current().user)@"))
    }
  }

  @Test func anEarlierVersionsJournalIsReplayedAndItsTornLastLineDroppedWithANotice() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let changes = clerkChanges()
      var bytes: [UInt8] = []
      for (index, change) in changes.prefix(2).enumerated() {
        bytes += try JournalLine(sequence: index + 1, change: change).encoded()
      }
      bytes += Array(try JournalLine(sequence: 3, change: changes[2]).encoded().prefix(40))
      try Data(bytes).write(to: url.appendingPathComponent("journal.jsonl"))

      let reopened = try openStore(url)
      #expect(reopened.data == expectedAfter(Array(changes.prefix(2))))
      guard case .journalTailDropped(_, let line, .torn, _) = reopened.notices.first else {
        Issue.record("no notice: \(reopened.notices)")
        return
      }
      #expect(line == 3)
      #expect(reopened.notices[0].message(catalog: BuiltinStrings.english).contains("line 3"))
      // The next fold takes the old journal's changes into the files and removes it.
      try reopened.record(changes[2])
      try reopened.close()
      #expect(FileIO.kind(url.appendingPathComponent("journal.jsonl").path) == .missing)
      #expect(try DataFolder(url).load() == expectedAfter(Array(changes.prefix(3))))
    }
  }

  @Test func aDamagedLineInAnotherConsolesJournalIsNamedAndTheRestStillWorks() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let other = try openStore(url)
      for change in clerkChanges() { try other.record(change) }
      other.abandon()
      let journal = try journalFile(url)
      var lines = try text(journal).split(separator: "\n").map(String.init)
      lines[1] = lines[1].replacingOccurrences(of: "verifying", with: "verifyinG")
      try write(lines.joined(separator: "\n") + "\n", to: journal)
      let before = try Data(contentsOf: journal)

      // Another account's console: the damaged journal is not its own.
      let store = try ProvinceStore(
        folder: DataFolder(url), mode: .readWrite, faults: nil,
        author: Author(user: "canbo2", host: "may-xa"))
      #expect(store.data == expectedAfter(Array(clerkChanges().prefix(1))))
      #expect(
        store.notices == [
          .journalProblem(JournalNotice(file: journal.path, line: 2, problem: .checksumMismatch))
        ])
      let vi = store.notices[0].message(catalog: try viCatalog())
      #expect(vi.contains("dòng 2") && vi.contains("mã kiểm tra không khớp"))
      try store.record(clerkChanges()[3])  // everything else works
      try store.close()
      #expect(try Data(contentsOf: journal) == before)
    }
  }

  @Test func aFullDiskOrReadOnlyDiskLeavesDataAndJournalUnchanged() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let faults = StoreFaults()
      let store = try openStore(url, faults: faults)
      let changes = clerkChanges()
      try store.record(changes[0])
      let journal = try journalFile(url)
      let journalBefore = try Data(contentsOf: journal)
      let dataBefore = store.data

      faults.failures = [.journalWrite: ENOSPC]
      #expect(
        storeError { try store.record(changes[1]) }
          == .io(path: journal.path, operation: .write, reason: "No space left on device"))
      faults.failures = [.journalSync: EROFS]
      #expect(
        storeError { try store.record(changes[1]) }
          == .io(path: journal.path, operation: .sync, reason: "Read-only file system"))
      #expect(store.data == dataBefore)
      #expect(try Data(contentsOf: journal) == journalBefore)

      faults.failures = [:]
      try store.record(changes[1])  // the form's retry
      store.abandon()
      #expect(try openStore(url).data == expectedAfter(Array(changes.prefix(2))))
    }
  }

  @Test func aReadOnlyStoreRefusesToRecord() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url, mode: .readOnly)
      #expect(storeError { try store.record(clerkChanges()[0]) } == .readOnly(path: url.path))
      #expect(store.data == sampleProvince())
    }
  }

  @Test func scanReportsEveryBadLine() throws {
    let good = { (n: Int) in try JournalLine(sequence: n, change: clerkChanges()[0]).encoded() }
    var bytes = try good(1) + Array("garbage\n".utf8) + good(2) + good(4)
    bytes += Array(try good(5).prefix(10))
    let problems = JournalReader.scan(bytes).compactMap { entry -> String? in
      guard case .failure(let problem) = entry.result else { return nil }
      return "\(entry.line) \(problem)"
    }
    #expect(
      problems == [
        "2 badFormat", "4 outOfSequence(expected: 3, found: 4)", "5 torn",
      ])
  }
}

func viCatalog() throws -> Catalog { try CatalogLoader.load(.vi, assets: sourceAssets) }
