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
      let lines = try text(url.appendingPathComponent("journal.jsonl")).split(separator: "\n")
      #expect(lines.count == clerkChanges().count)
      #expect(lines[0].hasPrefix("{\"seq\":1,\"crc\":\""))
    }
  }

  @Test func aTornLastLineIsDroppedWithANoticeAndKept() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      let changes = clerkChanges()
      for change in changes.prefix(2) { try store.record(change) }
      store.abandon()
      let journal = url.appendingPathComponent("journal.jsonl")
      let torn = Array(try JournalLine(sequence: 3, change: changes[2]).encoded().prefix(40))
      let handle = try FileHandle(forWritingTo: journal)
      handle.seekToEndOfFile()
      handle.write(Data(torn))
      try handle.close()

      let reopened = try openStore(url)
      #expect(reopened.data == expectedAfter(Array(changes.prefix(2))))
      guard case .journalTailDropped(_, let line, .torn, let keptAs?) = reopened.notices.first
      else {
        Issue.record("no notice: \(reopened.notices)")
        return
      }
      #expect(line == 3)
      #expect(try Data(contentsOf: URL(fileURLWithPath: keptAs)) == Data(torn))
      let en = BuiltinStrings.english
      #expect(reopened.notices[0].message(catalog: en).contains("line 3"))
      // The tail is cut, so the next change is a whole line, not glued to the torn one.
      try reopened.record(changes[2])
      reopened.abandon()
      let third = try openStore(url)
      #expect(third.data == expectedAfter(Array(changes.prefix(3))))
      #expect(third.notices.isEmpty)
    }
  }

  @Test func aDamagedMiddleLineStopsTheOpenNamingTheLine() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      store.abandon()
      let journal = url.appendingPathComponent("journal.jsonl")
      var lines = try text(journal).split(separator: "\n").map(String.init)
      lines[1] = lines[1].replacingOccurrences(of: "verifying", with: "verifyinG")
      try write(lines.joined(separator: "\n") + "\n", to: journal)
      let before = try Data(contentsOf: journal)

      let error = storeError { _ = try openStore(url) }
      #expect(error == .journalDamaged(file: journal.path, line: 2, problem: .checksumMismatch))
      #expect(try Data(contentsOf: journal) == before)
      let vi = error?.message(catalog: try viCatalog()) ?? ""
      #expect(vi.contains("dòng 2") && vi.contains("mã kiểm tra không khớp"))
    }
  }

  @Test func aFullDiskOrReadOnlyDiskLeavesDataAndJournalUnchanged() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let faults = StoreFaults()
      let store = try openStore(url, faults: faults)
      let changes = clerkChanges()
      try store.record(changes[0])
      let journal = url.appendingPathComponent("journal.jsonl")
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
