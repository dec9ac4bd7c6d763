import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Copies of one province, each edited apart by its own account.
private struct Copies {
  let folders: [URL]

  init(folders: [URL]) { self.folders = folders }

  init(_ root: URL, count: Int) throws {
    let province = try seededFolder(root)
    try openStore(province).close()  // as this version leaves a folder: with folded.json
    var folders = [province]
    for index in 1..<count {
      let copy = root.appendingPathComponent("copy\(index)")
      try FileManager.default.copyItem(at: province, to: copy)
      folders.append(copy)
    }
    self.folders = folders
  }

  /// `count` random edits in copy `index`, each based on what that copy has.
  func edit(_ index: Int, count: Int, seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let store = try ProvinceStore(
      folder: DataFolder(folders[index]), mode: .readWrite, years: .all, faults: nil,
      author: Author(user: "canbo\(index)", host: "may\(index)"))
    for step in 0..<count {
      var tip = store.data.tips.first ?? sampleProvince().tips[0]
      let change: Change
      switch random.next() % 4 {
      case 0:
        tip.summary = "Sửa \(index)-\(step)"
        change = .upsert(.tip(tip))
      case 1:
        change = .upsert(
          .commune(Commune(id: "X\(index)\(random.next() % 3)", name: "Xã \(step)", kind: .xa)))
      case 2:
        var patrol = sampleProvince().patrols[Int(random.next() % 2)]
        patrol.route = "Tuyến \(index)-\(step)"
        change = .upsert(.patrol(patrol))
      default:
        change = .delete(.outreach, id: "TT1")
      }
      try store.record(
        change, basedOn: store.versions.version(of: RecordKey(change.kind, change.id)))
    }
    try store.close()
  }

  func sync(_ a: Int, _ b: Int) throws -> FolderSync.Report {
    try FolderSync.sync(DataFolder(folders[a]), with: DataFolder(folders[b]))
  }

  /// What a console opening the copy shows, every year, records in id order.
  func data(_ index: Int) throws -> ProvinceData {
    try openStore(folders[index], mode: .readOnly).data.canonical
  }

  func versions(_ index: Int) throws -> Versions {
    try openStore(folders[index], mode: .readOnly).versions
  }
}

@Suite struct SyncTests {
  @Test func syncIsIdempotentCommutativeAndAssociative() throws {
    for seed in UInt64(1)...4 {
      try withTemporaryFolder { root in
        // Two identical sets of three copies, edited the same way, synced in other orders.
        let left = try Copies(root.appendingPathComponent("left"), count: 3)
        let right = try Copies(root.appendingPathComponent("right"), count: 3)
        for copies in [left, right] {
          for index in 0..<3 { try copies.edit(index, count: 8, seed: seed * 10 + UInt64(index)) }
        }
        // (0 ⊔ 1) ⊔ 2 on the left, 0 ⊔ (2 ⊔ 1) on the right.
        let first = try left.sync(0, 1)
        #expect(first.received == 8 && first.sent == 8, "seed \(seed)")
        _ = try left.sync(0, 2)
        _ = try right.sync(2, 1)
        _ = try right.sync(0, 2)
        #expect(try left.data(0) == right.data(0), "seed \(seed)")
        // The same records in conflict, with the same sides (ids differ: each set of copies
        // has consoles of its own).
        let sides = { (v: Versions) in v.heads.mapValues { $0.map(\.author.user) } }
        #expect(try sides(left.versions(0)) == sides(right.versions(0)), "seed \(seed)")
        // Twice changes nothing more.
        let again = try left.sync(0, 2)
        #expect(again.received == 0 && again.sent == 0, "seed \(seed)")
        #expect(try left.data(0) == left.data(2), "seed \(seed)")
      }
    }
  }

  @Test func aSyncStoppedAtAnyJournalCompletesWhenRunAgain() throws {
    for stop in 0..<2 {  // one journal comes in, one goes out
      try withTemporaryFolder { root in
        let copies = try Copies(root, count: 2)
        try copies.edit(0, count: 5, seed: 7)
        try copies.edit(1, count: 5, seed: 8)
        #expect(throws: SyncStopped.self) {
          _ = try FolderSync.sync(
            DataFolder(copies.folders[0]), with: DataFolder(copies.folders[1]), stopAfter: stop)
        }
        _ = try copies.sync(0, 1)
        #expect(try copies.data(0) == copies.data(1), "stopped after \(stop) journals")
        #expect(!allFiles(copies.folders[0]).contains { $0.contains(".tmp-") })
      }
    }
  }

  @Test func anOfficesMonthAndTheProvincesGiveTheSameReportAfterSync() throws {
    try withTemporaryFolder { root in
      let copies = try Copies(root, count: 1)
      let province = DataFolder(copies.folders[0])
      let officeURL = root.appendingPathComponent("office")
      try OfficeCopy.make(
        from: province, to: DataFolder(officeURL), commune: sampleProvince().communes[0])
      #expect(OfficeCopy.office(of: DataFolder(officeURL))?.commune == "X001")
      let both = Copies(folders: [copies.folders[0], officeURL])
      try both.edit(1, count: 40, seed: 21)  // the office, offline
      try both.edit(0, count: 30, seed: 22)  // the province meanwhile
      let report = try both.sync(0, 1)
      #expect(report.received == 40 && report.sent == 30)
      #expect(try both.data(0) == both.data(1))
      let reports = try [0, 1].map { YearReport(data: try both.data($0), year: 2025) }
      #expect(reports[0] == reports[1])
      // Both sides edited the same tip apart: kept both, listed to decide.
      #expect(report.conflicts[RecordKey(.tip, "TB1")] != nil)
    }
  }

  @Test func aFolderOfAnotherProvinceIsRefusedAndNothingIsExchanged() throws {
    try withTemporaryFolder { root in
      let ours = try Copies(root.appendingPathComponent("a"), count: 1)
      let theirs = try Copies(root.appendingPathComponent("b"), count: 1)
      try theirs.edit(0, count: 2, seed: 3)
      let before = try folderSnapshot(ours.folders[0])
      guard
        case .otherProvince? = storeError({
          _ = try FolderSync.sync(DataFolder(ours.folders[0]), with: DataFolder(theirs.folders[0]))
        })
      else {
        Issue.record("another province's folder was synced")
        return
      }
      #expect(try folderSnapshot(ours.folders[0]) == before)
    }
  }
}
