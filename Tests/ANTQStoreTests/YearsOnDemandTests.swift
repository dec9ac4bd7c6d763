import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// `sampleProvince()` plus a 2019 with a patrol and an incident: three years on disk.
func provinceWith2019() -> ProvinceData {
  var data = sampleProvince()
  var patrol = data.patrols[1]
  patrol.id = "PT19"
  patrol.start = moment(2019, 5, 1, 20, 0)
  patrol.end = moment(2019, 5, 1, 22, 0)
  data.patrols.insert(patrol, at: 0)
  data.incidents.insert(
    Incident(id: "VV19", communeID: "X001", day: day(2019, 9, 2), summary: "Cãi nhau"), at: 0)
  return data
}

func folderWith2019(_ root: URL) throws -> URL {
  let url = root.appendingPathComponent("data", isDirectory: true)
  try DataFolder(url).save(provinceWith2019())
  return url
}

/// A new patrol dated in 2019.
func patrolIn2019() -> Change {
  var patrol = provinceWith2019().patrols[0]
  patrol.id = "PT20"
  patrol.route = "Bờ kênh Bắc"
  patrol.start = moment(2019, 6, 7, 19, 0)
  patrol.end = moment(2019, 6, 7, 21, 0)
  return .upsert(.patrol(patrol))
}

@Suite struct YearsOnDemandTests {
  @Test func aLazyOpenLoadsOnlyTheLatestYearAndLoadYearBringsAnotherWithItsJournal() throws {
    try withTemporaryFolder { root in
      let url = try folderWith2019(root)
      var edited = provinceWith2019().patrols[0]
      edited.findings = "Phát hiện 2 đối tượng khả nghi"
      let edit = Change.upsert(.patrol(edited))
      let writer = try openStore(url)
      try writer.record(edit)
      writer.abandon()  // the edit is only in the journal

      let store = try openStore(url, years: .latest)
      #expect(try DataFolder(url).yearsOnDisk() == [2019, 2024, 2025])
      #expect(store.availableYears == [2019, 2024, 2025])
      #expect(store.loadedYears == [2025])
      #expect(store.data.patrols.map(\.id) == ["PT2"])
      #expect(store.data.incidents.isEmpty)
      #expect(store.data.communes == sampleProvince().communes)

      try store.loadYear(2019)
      #expect(store.loadedYears == [2019, 2025])
      #expect(store.data.patrols == [edited, sampleProvince().patrols[1]])
      #expect(store.data.incidents.map(\.id) == ["VV19"])
      try store.loadYear(2024)
      #expect(store.data == expectedWith2019([edit]))
    }
  }

  @Test func aChangeForAYearNotLoadedSurvivesFoldAndReopenAndNeverEmptiesThatYear() throws {
    try withTemporaryFolder { root in
      let url = try folderWith2019(root)
      let before2024 = try folderSnapshot(url).filter { $0.key.hasPrefix("activity/2024/") }
      let store = try openStore(url, years: .latest)
      try store.record(patrolIn2019())
      // It waits in the journal for its year; the screen of 2025 does not change.
      #expect(store.data.patrols.map(\.id) == ["PT2"])
      #expect(store.availableYears == [2019, 2024, 2025])
      try store.fold()
      #expect(store.pendingChanges == 0)

      let on2019 = try DataFolder(url).load(years: [2019])
      #expect(on2019.patrols.map(\.id) == ["PT19", "PT20"])
      #expect(on2019.incidents.map(\.id) == ["VV19"])
      // 2024 was neither touched nor loaded: its files are the very same.
      #expect(try folderSnapshot(url).filter { $0.key.hasPrefix("activity/2024/") } == before2024)
      store.abandon()

      let reopened = try openStore(url, years: .latest)
      try reopened.loadYear(2019)
      #expect(reopened.data.patrols.map(\.id) == ["PT19", "PT20", "PT2"])
      #expect(try openStore(url, mode: .readOnly).data == expectedWith2019([patrolIn2019()]))
    }
  }

  @Test func aDeleteOfARecordNotLoadedIsFoldedIntoItsYear() throws {
    try withTemporaryFolder { root in
      let url = try folderWith2019(root)
      let delete = Change.delete(.incident, id: "VV19")
      let writer = try openStore(url)  // 2019 on screen when the clerk deleted it
      try writer.record(delete)
      writer.abandon()

      let store = try openStore(url, years: .latest)
      try store.close()  // folds with only 2025 loaded: the journal says 2019 is touched
      #expect(try DataFolder(url).load() == expectedWith2019([delete]))
    }
  }

  @Test func journalLinesWithoutYearsMakeTheFoldLoadEveryYear() throws {
    try withTemporaryFolder { root in
      let url = try folderWith2019(root)
      let delete = Change.delete(.patrol, id: "PT19")
      let line = try JournalLine(sequence: 1, change: delete).encoded()  // as version 1 wrote
      try Data(line).write(to: url.appendingPathComponent("journal.jsonl"))
      let store = try openStore(url, years: .latest)
      try store.close()
      #expect(try DataFolder(url).load() == expectedWith2019([delete]))
    }
  }

  @Test func checkSeesDamageInAYearNeverLoaded() throws {
    try withTemporaryFolder { root in
      let url = try folderWith2019(root)
      let tips = url.appendingPathComponent("activity/2019/tips.json")
      try write("{\"schema\":2,\"collection\":\"tips\",\"year\":2019,\"records\":[\n{]}", to: tips)
      let store = try openStore(url, years: .latest)
      #expect(store.loadedYears == [2025])
      let problems = FolderCheck.run(url)
      #expect(problems.count == 1)
      #expect(
        problems.first.flatMap { if case .damagedFile(let e) = $0 { e.path } else { nil } }
          == tips.path)
      // Asking for the year reports the same damage and changes nothing.
      guard case .invalidJSON(let file, _, _)? = storeError({ try store.loadYear(2019) }) else {
        Issue.record("loading a damaged year must fail")
        return
      }
      #expect(file == tips.path)
      #expect(store.loadedYears == [2025])
    }
  }

  @Test func journalLinesNameTheirYearsUnderTheChecksum() throws {
    let line = JournalLine(sequence: 4, change: patrolIn2019(), years: [2019, 2025])
    let bytes = try line.encoded()
    #expect(String(decoding: bytes, as: UTF8.self).contains(",\"years\":[2019,2025],\"change\":"))
    #expect(try JournalLine.parse(bytes.dropLast()).get() == line)
    let tampered = Array(
      String(decoding: bytes, as: UTF8.self)
        .replacingOccurrences(of: "[2019,2025]", with: "[2018,2025]").utf8)
    #expect(JournalLine.parse(tampered.dropLast()) == .failure(.checksumMismatch))
  }
}

func expectedWith2019(_ changes: [Change]) -> ProvinceData {
  var data = provinceWith2019()
  for change in changes { data.apply(change) }
  return data
}
