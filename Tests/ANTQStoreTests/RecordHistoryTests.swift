import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A record's history from every journal: who changed what from what to what, and why, with
/// the reveals of a tip's informant; it survives a fold and a restart.
@Suite struct RecordHistoryTests {
  private func console(_ url: URL, _ user: String) throws -> ProvinceStore {
    try ProvinceStore(
      folder: DataFolder(url), mode: .readWrite, faults: nil,
      author: Author(user: user, host: "may-\(user)"))
  }

  /// xa1 takes a new tip; xa2 corrects its topic and starts verifying it; xa1 deletes a
  /// member; a supervisor reveals the tip's informant.
  private func twoConsoles(_ root: URL) throws -> URL {
    let url = try seededFolder(root)
    let first = try console(url, "xa1")
    let second = try console(url, "xa2")
    var tip = sampleProvince().tips[0]
    tip.id = "TB9"
    tip.topic = "Trộm cắp"
    try first.record(.upsert(.tip(tip)), basedOn: nil)
    second.refresh()
    tip.topic = "Trộm xe máy"
    tip.steps.append(
      .init(stage: .verifying, at: moment(2025, 4, 3, 10, 0), reason: "Cần xác minh tại thôn"))
    try second.record(
      .upsert(.tip(tip)), basedOn: second.versions.version(of: RecordKey(.tip, "TB9")))
    first.refresh()
    try first.record(.delete(.member, id: "MB01"), basedOn: nil)
    let reveal = IdentityReveal(
      id: "XEM1", tipID: "TB9", account: "lanhdao", at: moment(2025, 4, 4, 9, 0),
      reason: "Cần gọi lại người báo")
    try first.record(.upsert(Record(reveal)))
    try first.close()
    try second.close()
    return url
  }

  @Test func theHistoryOfATipShowsWhoChangedWhatAndTheReveal() throws {
    try withTemporaryFolder { root in
      let url = try twoConsoles(root)
      let history = try openStore(url).history(of: RecordKey(.tip, "TB9"))
      #expect(history.map(\.author?.user) == ["xa1", "xa2", "xa1"])
      guard history.count == 3 else { return }
      guard case .noted(let record) = history[0].what else {
        Issue.record("the newest entry is not the reveal: \(history[0])")
        return
      }
      #expect(record.kind == .reveal)
      #expect(history[0].reasons == ["Cần gọi lại người báo"])
      guard case .changed(let fields) = history[1].what else {
        Issue.record("xa2's entry is not a change: \(history[1])")
        return
      }
      #expect(fields.contains(RecordDiff.Field("topic", from: "Trộm cắp", to: "Trộm xe máy")))
      #expect(fields.contains(RecordDiff.Field("stage", from: "classified", to: "verifying")))
      #expect(!fields.contains { $0.name == "informant" || $0.name == "steps" })
      #expect(history[1].reasons == ["Cần xác minh tại thôn"])
      #expect(history[1].author?.host == "may-xa2")
      guard case .created = history[2].what else {
        Issue.record("the oldest entry is not the creation: \(history[2])")
        return
      }
    }
  }

  @Test func aRecordFromTheFilesEndsWithWhereTheHistoryBegins() throws {
    try withTemporaryFolder { root in
      let url = try twoConsoles(root)
      let history = try openStore(url).history(of: RecordKey(.member, "MB01"))
      #expect(history.count == 1)
      #expect(history.first?.what == .deleted)
      let tip = try openStore(url).history(of: RecordKey(.tip, sampleProvince().tips[0].id))
      #expect(tip.isEmpty)
    }
  }

  @Test func anUndoSaysSo() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try console(url, "xa1")
      var commune = sampleProvince().communes[0]
      let key = RecordKey(.commune, commune.id)
      commune.name = "Xã Đồng Lương Mới"
      let first = try store.record(.upsert(.commune(commune)), basedOn: nil)
      let renamed = commune
      commune.remote = false
      let second = try store.record(.upsert(.commune(commune)), basedOn: first.id)
      try store.record(.upsert(.commune(renamed)), basedOn: second.id)
      let history = try store.history(of: key)
      #expect(history.map(\.isUndo) == [true, false, false, false])
      #expect(history.last?.what == .asInFiles)
      // Not folded yet: the files still hold the version before the first change.
      #expect(
        history[2].what
          == .changed([RecordDiff.Field("name", from: "Xã Đồng Lương", to: "Xã Đồng Lương Mới")]))
    }
  }

  /// A change over a record from the files: the console had the record in hand, so `h`
  /// shows what changed without reading the files again (they may be gone meanwhile).
  @Test func aChangeMadeHereIsShownWithoutTheFiles() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try console(url, "xa1")
      var commune = sampleProvince().communes[0]
      commune.name = "Xã Đồng Lương Mới"
      try store.record(.upsert(.commune(commune)), basedOn: nil)
      let file = url.appendingPathComponent("communes.json")
      let away = root.appendingPathComponent("communes-away.json")
      try FileManager.default.moveItem(at: file, to: away)
      defer { try? FileManager.default.moveItem(at: away, to: file) }
      let history = try store.history(of: RecordKey(.commune, commune.id))
      #expect(
        history.first?.what
          == .changed([RecordDiff.Field("name", from: "Xã Đồng Lương", to: "Xã Đồng Lương Mới")]))
    }
  }

  /// `h` reads no journal again: the history is what the console read at open and since,
  /// so it is whole even with the journals gone from the disk, and another console's change
  /// joins it once this console has caught up with it.
  @Test func theHistoryComesFromWhatTheConsoleRead() throws {
    try withTemporaryFolder { root in
      let url = try twoConsoles(root)
      let store = try console(url, "xa3")
      let other = try console(url, "xa4")
      _ = try store.history(of: RecordKey(.tip, "TB9"))
      var tip = try #require(other.data.tips.first { $0.id == "TB9" })
      tip.topic = "Trộm xe đạp"
      try other.record(
        .upsert(.tip(tip)), basedOn: other.versions.version(of: RecordKey(.tip, "TB9")))
      store.refresh()
      let journals = url.appendingPathComponent(JournalFolder.folderName)
      let away = root.appendingPathComponent("journals-away")
      try FileManager.default.moveItem(at: journals, to: away)
      defer { try? FileManager.default.moveItem(at: away, to: journals) }
      let history = try store.history(of: RecordKey(.tip, "TB9"))
      #expect(history.map(\.author?.user) == ["xa4", "xa1", "xa2", "xa1"])
      guard case .changed(let fields) = history.first?.what else {
        Issue.record("xa4's entry is not a change: \(String(describing: history.first))")
        return
      }
      #expect(fields == [RecordDiff.Field("topic", from: "Trộm xe máy", to: "Trộm xe đạp")])
    }
  }
}
