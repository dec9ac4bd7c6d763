import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// The journals' hash chain: `antq check` names a line changed by hand (its checksum made
/// anew, as someone covering their tracks would), a line removed and two lines swapped.
@Suite struct JournalChainTests {
  /// A folder whose console journal holds the clerk's five changes, not folded.
  private func journalled(_ root: URL) throws -> (URL, URL, [String]) {
    let url = try seededFolder(root)
    let store = try openStore(url)
    for change in clerkChanges() { try store.record(change) }
    store.abandon()
    let journal = try journalFile(url)
    return (url, journal, try text(journal).split(separator: "\n").map(String.init))
  }

  /// `line` with its checksum computed again over its (edited) bytes.
  private func resealed(_ line: String) -> String {
    let covered = line[..<line.range(of: ",\"crc\":")!.lowerBound]
    return covered + ",\"crc\":\"" + CRC32.hex(CRC32.checksum(Array(covered.utf8))) + "\"}"
  }

  private func write(_ lines: [String], to journal: URL) throws {
    try ANTQStoreTests.write(lines.joined(separator: "\n") + "\n", to: journal)
  }

  @Test func everyLineChainsToTheOneBefore() throws {
    try withTemporaryFolder { root in
      let (url, _, lines) = try journalled(root)
      #expect(lines.count == 5)
      #expect(lines.allSatisfy { $0.contains("\"prev\":\"") })
      #expect(FolderCheck.run(url) == [])
    }
  }

  @Test func aLineEditedByHandWithANewChecksumIsNamed() throws {
    try withTemporaryFolder { root in
      let (url, journal, original) = try journalled(root)
      var lines = original
      lines[2] = resealed(lines[2].replacingOccurrences(of: "MB01", with: "MB02"))
      try write(lines, to: journal)
      let problems = FolderCheck.run(url)
      #expect(
        problems == [
          .journalLine(
            file: journal.path, line: 4, problem: .chainBroken(previous: 3, writtenAfter: nil))
        ])
      let message = problems[0].message(catalog: try CatalogLoader.load(.en, assets: sourceAssets))
      #expect(message.contains("line 4: its chain does not match line 3: line 3 was changed"))
      #expect(message.contains(journal.lastPathComponent))
      #expect(
        problems[0].message(catalog: try viCatalog()).contains("không khớp với dòng 3"))
    }
  }

  @Test func aLineRemovedAndItsSuccessorsRenumberedIsNamed() throws {
    try withTemporaryFolder { root in
      let (url, journal, original) = try journalled(root)
      var lines = original
      lines.remove(at: 2)
      for index in 2..<lines.count {
        lines[index] = resealed(
          lines[index].replacingOccurrences(
            of: "\"seq\":\(index + 2)", with: "\"seq\":\(index + 1)"))
      }
      try write(lines, to: journal)
      #expect(
        FolderCheck.run(url) == [
          .journalLine(
            file: journal.path, line: 3, problem: .chainBroken(previous: 2, writtenAfter: nil))
        ])
    }
  }

  @Test func twoSwappedLinesAreNamedAsMoved() throws {
    try withTemporaryFolder { root in
      let (url, journal, original) = try journalled(root)
      var lines = original
      lines.swapAt(1, 2)
      try write(lines, to: journal)
      #expect(
        FolderCheck.run(url) == [
          .journalLine(
            file: journal.path, line: 2, problem: .chainBroken(previous: 1, writtenAfter: 3))
        ])
    }
  }

  @Test func aLineWithItsChainCutOffAfterChainedLinesIsNamed() throws {
    try withTemporaryFolder { root in
      let (url, journal, original) = try journalled(root)
      var lines = original
      lines[3] = resealed(
        lines[3].replacingOccurrences(
          of: #","prev":"[0-9a-f]{64}""#, with: "", options: .regularExpression))
      try write(lines, to: journal)
      #expect(
        FolderCheck.run(url) == [
          .journalLine(file: journal.path, line: 4, problem: .chainMissing)
        ])
    }
  }

  @Test func linesCutFromTheEndOfAFoldedJournalAreNamed() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      try store.close()
      let journal = try journalFile(url)
      let lines = try text(journal).split(separator: "\n").map(String.init)
      try write(Array(lines.prefix(3)), to: journal)
      #expect(
        FolderCheck.run(url).contains(
          .journalLine(file: journal.path, line: 4, problem: .foldedLineMissing(folded: 5))))
    }
  }

  @Test func aConsoleReadingAnotherJournalStopsAtTheBrokenChain() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let reader = try openStore(url, mode: .readOnly)
      let writer = try ProvinceStore(
        folder: DataFolder(url), mode: .readWrite, faults: nil,
        author: Author(user: "xa2", host: "may"))
      for change in clerkChanges().prefix(3) { try writer.record(change) }
      writer.abandon()
      let journal = try journalFile(url)
      var lines = try text(journal).split(separator: "\n").map(String.init)
      lines[0] = resealed(lines[0].replacingOccurrences(of: "Nga Sơn", with: "Nga Sơm"))
      try write(lines, to: journal)
      reader.refresh()
      #expect(
        reader.notices.contains(
          .journalProblem(
            JournalNotice(
              file: journal.path, line: 2, problem: .chainBroken(previous: 1, writtenAfter: nil)))
        ))
    }
  }

  @Test func aJournalOfTheVersionBeforeTheChainIsReadAndChainsOnWhenTakenBack() throws {
    try withTemporaryFolder { root in
      let (url, journal, original) = try journalled(root)
      // As the version before the chain wrote them: no "prev".
      let unchained = original.map {
        resealed(
          $0.replacingOccurrences(
            of: #","prev":"[0-9a-f]{64}""#, with: "", options: .regularExpression))
      }
      try write(unchained, to: journal)
      #expect(FolderCheck.run(url) == [])
      let store = try openStore(url)
      #expect(store.data == expectedAfter(clerkChanges()))
      var tip = sampleProvince().tips[0]
      tip.summary = "Đã xác minh"
      try store.record(.upsert(.tip(tip)))
      store.abandon()
      let now = try text(journal).split(separator: "\n").map(String.init)
      #expect(now.count == 6)
      #expect(
        now.last!.contains("\"prev\":\"\(JournalChain.link(Array((unchained[4] + "\n").utf8)))\""))
      #expect(FolderCheck.run(url) == [])
    }
  }
}
