import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Two consoles of two accounts on one folder, in one process (stores share nothing but the
/// folder, as two processes would).
private func twoStores(_ url: URL) throws -> (ProvinceStore, ProvinceStore) {
  let clerk = try ProvinceStore(
    folder: DataFolder(url), mode: .readWrite, faults: nil,
    author: Author(user: "canbo", host: "may-xa"))
  let supervisor = try ProvinceStore(
    folder: DataFolder(url), mode: .readWrite, faults: nil,
    author: Author(user: "lanhdao", host: "may-tinh"))
  return (clerk, supervisor)
}

@Suite struct ManyWritersTests {
  @Test func twoConsolesWriteAtOnceAndEachSeesTheOthersChanges() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let (clerk, supervisor) = try twoStores(url)
      let changes = clerkChanges()
      try clerk.record(changes[0])
      #expect(supervisor.refresh() == 1)
      #expect(supervisor.data == expectedAfter([changes[0]]))
      try supervisor.record(changes[1])
      try clerk.record(changes[2])
      #expect(clerk.data == expectedAfter(Array(changes.prefix(3))))
      #expect(supervisor.refresh() == 1)
      #expect(supervisor.data == clerk.data)
      #expect(supervisor.refresh() == 0)
      // Who made each change is on record.
      let tip = RecordKey(.tip, changes[1].id)
      #expect(clerk.versions.winner(of: tip)?.author == Author(user: "lanhdao", host: "may-tinh"))
    }
  }

  @Test func aSaveOverAVersionSomeoneElseChangedIsRefusedWithTheirs() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let (clerk, supervisor) = try twoStores(url)
      var tip = sampleProvince().tips[0]
      let key = RecordKey(.tip, tip.id)
      let opened = clerk.versions.version(of: key)  // both open the form on this version
      tip.summary = "Bản của lãnh đạo"
      try supervisor.record(.upsert(.tip(tip)), basedOn: opened)
      tip.summary = "Bản của cán bộ"
      guard
        case .conflict(let conflict)? = storeError({
          try clerk.record(.upsert(.tip(tip)), basedOn: opened)
        })
      else {
        Issue.record("the second save went through")
        return
      }
      #expect(conflict.theirs.author.user == "lanhdao")
      if let theirs = conflict.theirRecord?.as(Tip.self) {
        #expect(theirs.summary == "Bản của lãnh đạo")
      } else {
        Issue.record("their version is not shown")
      }
      #expect(clerk.data.tips[0].summary == "Bản của lãnh đạo")
      // Keep mine: saved over their version, knowingly.
      try clerk.record(.upsert(.tip(tip)), basedOn: conflict.theirs.id)
      #expect(supervisor.refresh() == 1)
      #expect(supervisor.data.tips[0].summary == "Bản của cán bộ")
      #expect(supervisor.versions.conflicts.isEmpty)
    }
  }

  @Test func anEditOfARecordDeletedMeanwhileIsAConflictToo() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let (clerk, supervisor) = try twoStores(url)
      var patrol = sampleProvince().patrols[0]
      try supervisor.record(.delete(.patrol, id: patrol.id), basedOn: nil)
      patrol.route = "Tuyến mới"
      guard
        case .conflict(let conflict)? = storeError({
          try clerk.record(.upsert(.patrol(patrol)), basedOn: nil)
        })
      else {
        Issue.record("an edit of a deleted record went through")
        return
      }
      #expect(conflict.theirRecord == nil)
      // Records nobody else touched are never asked about.
      try clerk.record(clerkChanges()[0], basedOn: nil)
    }
  }

  @Test func theLastConsoleToCloseFolds() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let (clerk, supervisor) = try twoStores(url)
      for change in clerkChanges() { try clerk.record(change) }
      try clerk.close()
      #expect(try DataFolder(url).load() == sampleProvince())  // the supervisor is still open
      try supervisor.close()
      #expect(try DataFolder(url).load() == expectedAfter(clerkChanges()))
      let reopened = try openStore(url)
      #expect(reopened.pendingChanges == 0)
      #expect(reopened.data == expectedAfter(clerkChanges()))
    }
  }

  @Test func aReadOnlyConsoleWritesNothingAndFollowsTheOthers() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      try openStore(url).close()  // the folder as this version leaves it
      let before = try folderSnapshot(url)
      Thread.sleep(forTimeInterval: 0.02)
      let reader = try openStore(url, mode: .readOnly)
      #expect(storeError { try reader.record(clerkChanges()[0]) } == .readOnly(path: url.path))
      try reader.close()
      #expect(try folderSnapshot(url) == before)

      let live = try openStore(url, mode: .readOnly)
      let writer = try openStore(url)
      try writer.record(clerkChanges()[0])
      #expect(live.refresh() == 1)
      #expect(live.data == writer.data)
    }
  }

  @Test func aFolderThatCannotBeWrittenOpensReadOnlyWithANotice() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      // A file where the journals folder belongs: the folder cannot take a journal.
      try write("", to: url.appendingPathComponent("journals"))
      let store = try openStore(url)
      #expect(store.mode == .readOnly)
      guard case .openedReadOnly? = store.notices.first else {
        Issue.record("no notice: \(store.notices)")
        return
      }
      #expect(store.data == sampleProvince())
    }
  }
}
