import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct JournalCheckTests {
  /// A folder whose console journal holds the clerk's changes, not folded.
  private func journalled(_ root: URL) throws -> (URL, URL) {
    let url = try seededFolder(root)
    let store = try openStore(url)
    for change in clerkChanges() { try store.record(change) }
    store.abandon()
    return (url, try journalFile(url))
  }

  @Test func aHealthyJournalHasNoProblem() throws {
    try withTemporaryFolder { root in
      let (url, _) = try journalled(root)
      #expect(FolderCheck.run(url) == [])
    }
  }

  @Test func aLineEditedByHandIsNamedWithItsFileAndLine() throws {
    try withTemporaryFolder { root in
      let (url, journal) = try journalled(root)
      let edited = try text(journal).replacingOccurrences(of: "Nga Sơn", with: "Nga Sơm")
      try write(edited, to: journal)
      #expect(
        FolderCheck.run(url) == [
          .journalLine(file: journal.path, line: 1, problem: .checksumMismatch)
        ])
    }
  }

  @Test func aRemovedOrRepeatedLineIsAGap() throws {
    try withTemporaryFolder { root in
      let (url, journal) = try journalled(root)
      var lines = try text(journal).split(separator: "\n").map(String.init)
      lines.remove(at: 2)
      try write(lines.joined(separator: "\n") + "\n", to: journal)
      #expect(
        FolderCheck.run(url) == [
          .journalLine(file: journal.path, line: 3, problem: .outOfSequence(expected: 3, found: 4))
        ])
    }
  }

  @Test func recordsInConflictAreListedUntilDecided() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      try openStore(url).close()
      let office = root.appendingPathComponent("office")
      try FileManager.default.copyItem(at: url, to: office)
      var tip = sampleProvince().tips[0]
      for (folder, user) in [(url, "xa1"), (office, "xa2")] {
        let store = try ProvinceStore(
          folder: DataFolder(folder), mode: .readWrite, faults: nil,
          author: Author(user: user, host: "may"))
        tip.summary = user
        try store.record(.upsert(.tip(tip)), basedOn: nil)
        try store.close()
      }
      _ = try FolderSync.sync(DataFolder(url), with: DataFolder(office))
      let problems = FolderCheck.run(url)
      #expect(problems.count == 1)
      guard case .undecided(let key, let sides)? = problems.first else {
        Issue.record("no conflict listed: \(problems)")
        return
      }
      #expect(key == RecordKey(.tip, "TB1"))
      #expect(Set(sides.map(\.author.user)) == ["xa1", "xa2"])
      #expect(problems[0].message(catalog: try viCatalog()).contains("bấm C"))
    }
  }
}

@Suite struct ForeignJournalLineTests {
  @Test func aLineOfANewerVersionIsNamedAndTheRestIsRead() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges().prefix(2) { try store.record(change) }
      store.abandon()
      let journal = try journalFile(url)
      var lines = try text(journal).split(separator: "\n").map(String.init)
      // What a newer version might write: a format number above ours, a field we lack.
      let body = lines[1].replacingOccurrences(of: "\"v\":1,", with: "\"v\":2,\"zNew\":[1],")
      let covered = body[..<body.range(of: ",\"crc\":")!.lowerBound]
      lines[1] = covered + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(covered.utf8))) + "\"}"
      try write(lines.joined(separator: "\n") + "\n", to: journal)
      let reader = try openStore(url, mode: .readOnly)
      #expect(reader.data == expectedAfter([clerkChanges()[0]]))
      #expect(
        reader.notices == [
          .journalProblem(JournalNotice(file: journal.path, line: 2, problem: .newerFormat(2)))
        ])
      #expect(
        FolderCheck.run(url).contains(
          .journalLine(file: journal.path, line: 2, problem: .newerFormat(2))))
    }
  }
}
