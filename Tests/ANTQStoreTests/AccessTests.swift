import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Roles in the store: what a console refuses to record, and journal changes (a tampered
/// office copy) that are not let in.
@Suite struct AccessTests {
  private static let here = "pc01"

  /// The sample province with an admin, a supervisor and a clerk of Đồng Lương (X001).
  private func peopledFolder(_ root: URL) throws -> URL {
    let url = root.appendingPathComponent("data", isDirectory: true)
    var data = sampleProvince()
    data.users = [
      User(id: "admin", fullName: "Quản trị", role: .admin),
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor),
      User(id: "canbo", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: ["X001"]),
    ]
    try DataFolder(url).save(data)
    return url
  }

  private func store(_ url: URL, as account: String) throws -> ProvinceStore {
    try ProvinceStore(
      folder: DataFolder(url), mode: .readWrite, years: .all, faults: nil,
      author: Author(user: account, host: Self.here))
  }

  private func patrol(_ id: String, in commune: String) -> Change {
    .upsert(
      .patrol(
        Patrol(
          id: id, communeID: commune, teamID: nil, start: moment(2025, 5, 1, 20, 0),
          end: moment(2025, 5, 1, 22, 0), residentialAreaIDs: [], route: "Quốc lộ 47",
          participants: .init(police: 1, militia: 1, teamMembers: 2))))
  }

  @Test func aClerkRecordsTheirCommunesWorkAndIsRefusedAnothersWithTheReason() throws {
    try withTemporaryFolder { root in
      let url = try peopledFolder(root)
      let clerk = try store(url, as: "canbo")
      try clerk.record(patrol("PA1", in: "X001"), basedOn: nil)
      #expect(
        throws: StoreError.notAllowed(AccessRefusal("access.otherCommune", ["Phường Hạc Thành"]))
      ) {
        try clerk.record(self.patrol("PA2", in: "P002"), basedOn: nil)
      }
      #expect(clerk.data.patrols.map(\.id).contains("PA1"))
      #expect(!clerk.data.patrols.map(\.id).contains("PA2"))
      clerk.abandon()
      // Nothing of the refused change reached the journal.
      let journal = try String(contentsOf: try journalFile(url), encoding: .utf8)
      #expect(journal.contains("PA1") && !journal.contains("PA2"))
    }
  }

  @Test func aChangeSetIsWrittenWholeOrNotAtAll() throws {
    try withTemporaryFolder { root in
      let url = try peopledFolder(root)
      let clerk = try store(url, as: "canbo")
      let mine = (1...5).map { patrol("PB\($0)", in: "X001") }
      #expect(
        throws: StoreError.notAllowed(AccessRefusal("access.otherCommune", ["Phường Hạc Thành"]))
      ) {
        try clerk.record(all: mine + [self.patrol("PB6", in: "P002")])
      }
      #expect(!clerk.data.patrols.contains { $0.id.hasPrefix("PB") })
      let stamped = try clerk.record(all: mine)
      #expect(stamped.map(\.id.sequence) == [1, 2, 3, 4, 5])
      clerk.abandon()
      let journal = try String(contentsOf: try journalFile(url), encoding: .utf8)
      #expect(journal.split(separator: "\n").count == 5)
      #expect(!journal.contains("PB6"))
      // Each line chained to the one before, as lines written one by one are.
      #expect(FolderCheck.run(url) == [])
      let reopened = try store(url, as: "lanhdao")
      #expect(mine.allSatisfy { change in reopened.data.patrols.contains { $0.id == change.id } })
      reopened.abandon()
    }
  }

  @Test func aJournalChangeTheRoleDidNotAllowIsNotAppliedAndIsListed() throws {
    try withTemporaryFolder { root in
      let url = try peopledFolder(root)
      let clerk = try store(url, as: "canbo")
      // What a tampered office copy brings: written without the console's check.
      _ = try clerk.recordSteps(patrol("PA9", in: "P002"), checkAccess: false)
      _ = try clerk.recordSteps(patrol("PA8", in: "X001"), checkAccess: false)
      clerk.abandon()
      let supervisor = try store(url, as: "lanhdao")
      defer { supervisor.abandon() }
      #expect(!supervisor.data.patrols.map(\.id).contains("PA9"))
      #expect(supervisor.data.patrols.map(\.id).contains("PA8"))
      #expect(supervisor.refused.map(\.stamped.key) == [RecordKey(.patrol, "PA9")])
      #expect(supervisor.refused.first?.refusal.key == "access.otherCommune")
      #expect(supervisor.notices.contains { if case .changeRefused = $0 { true } else { false } })
      let listed = FolderCheck.run(url).compactMap { problem -> RecordKey? in
        if case .refused(let refused) = problem { return refused.stamped.key }
        return nil
      }
      #expect(listed == [RecordKey(.patrol, "PA9")])
    }
  }

  @Test func aClerkRegisteredInAnotherJournalIsLetInWhateverTheReadingOrder() throws {
    try withTemporaryFolder { root in
      let url = try peopledFolder(root)
      let admin = try store(url, as: "admin")
      let newcomer = User(id: "aaa.moi", fullName: "Lê Thị Mới", role: .clerk, communeIDs: ["X001"])
      try admin.record(.upsert(Record(newcomer)), basedOn: nil)
      admin.abandon()
      let clerk = try store(url, as: "aaa.moi")
      try clerk.record(patrol("PA3", in: "X001"), basedOn: nil)
      clerk.abandon()
      let fresh = try store(url, as: "lanhdao")
      defer { fresh.abandon() }
      #expect(fresh.data.patrols.map(\.id).contains("PA3"))
      #expect(fresh.refused.isEmpty)
    }
  }

  @Test func workFromBeforeTheProvinceHadUsersStandsAndLaterWorkIsChecked() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let before = try store(url, as: "ai")
      try before.record(patrol("PA4", in: "P002"), basedOn: nil)
      #expect(throws: StoreError.notAllowed(AccessRefusal("access.firstUserAdmin"))) {
        try before.record(
          .upsert(Record(User(id: "ai", fullName: "Ai", role: .clerk, communeIDs: ["X001"]))),
          basedOn: nil)
      }
      try before.record(.upsert(Record(User(id: "ai", fullName: "Ai", role: .admin))), basedOn: nil)
      before.abandon()
      // Now the province has users: one who is not registered changes nothing.
      let stranger = try store(url, as: "khach")
      #expect(throws: StoreError.notAllowed(AccessRefusal("access.unknownUser", ["khach"]))) {
        try stranger.record(self.patrol("PA5", in: "X001"), basedOn: nil)
      }
      _ = try stranger.recordSteps(patrol("PA6", in: "X001"), checkAccess: false)
      stranger.abandon()
      let after = try store(url, as: "khach")
      defer { after.abandon() }
      #expect(after.data.patrols.map(\.id).contains("PA4"))
      #expect(!after.data.patrols.map(\.id).contains("PA6"))
      #expect(after.data.users.map(\.id) == ["ai"])
      // The console goes on numbering its journal past the refused line.
      #expect(throws: Never.self) {
        try after.recordSteps(self.patrol("PA7", in: "X001"), checkAccess: false)
      }
      #expect(FolderCheck.run(url).allSatisfy { if case .refused = $0 { true } else { false } })
    }
  }
}
