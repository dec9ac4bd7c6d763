import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

@Suite struct CheckTests {
  @Test func aHealthyFolderHasNoProblems() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      for change in clerkChanges() { try store.record(change) }
      store.abandon()
      #expect(FolderCheck.run(url) == [])
    }
  }

  @Test func everyProblemOfADamagedFolderIsListed() throws {
    try withTemporaryFolder { root in
      var data = sampleProvince()
      data.communes.append(data.communes[1])  // duplicate id P002
      data.teams.append(
        Team(
          id: "T404", communeID: "X999", name: "Tổ ma", residentialAreaIDs: [],
          founded: day(2024, 1, 1)))
      data.members[0].teamID = "T777"
      data.modelSites[0].modelTypeID = "M99"
      let url = root.appendingPathComponent("data")
      try DataFolder(url).save(data)
      try write(
        "{\"schema\":1,\"collection\":\"institutions\",\"records\":[\n{\"id\":\"I1\";}]}",
        to: url.appendingPathComponent("institutions.json"))
      try write(
        "{\"schema\":1,\"collection\":\"exemplars\",\"records\":[\n{\"id\":\"E01\",\"siteID\":\"S001\",\"year\":2024}\n]}\n",
        to: url.appendingPathComponent("exemplars.json"))
      let tip = try JournalLine(sequence: 1, change: .upsert(.tip(data.tips[0]))).encoded()
      let second = try JournalLine(sequence: 2, change: .delete(.tip, id: "TB1")).encoded()
      try Data(tip + Array("not a journal line\n".utf8) + second).write(
        to: url.appendingPathComponent("journal.jsonl"))

      let problems = FolderCheck.run(url)
      let file = { (name: String) in url.path + "/" + name }
      #expect(problems.count == 7, "\(problems)")
      #expect(
        problems.contains {
          if case .damagedFile(.invalidJSON(file("institutions.json"), _, _)) = $0 {
            true
          } else {
            false
          }
        })
      #expect(
        problems.contains {
          if case .damagedFile(
            .invalidField(file("exemplars.json"), 1, "E01", "name", _, .missing)) = $0
          {
            true
          } else {
            false
          }
        })
      #expect(
        problems.contains(.journalLine(file: file("journal.jsonl"), line: 2, problem: .badFormat)))
      #expect(problems.contains(.duplicateID(file: file("communes.json"), id: "P002", count: 2)))
      #expect(
        problems.contains(
          .dangling(
            file: file("teams.json"), id: "T404", field: "communeID", target: .commune,
            missingID: "X999")))
      #expect(
        problems.contains(
          .dangling(
            file: file("members.json"), id: "MB01", field: "teamID", target: .team,
            missingID: "T777")))
      #expect(
        problems.contains(
          .dangling(
            file: file("model-sites.json"), id: "S001", field: "modelTypeID", target: .modelType,
            missingID: "M99")))
      // The journal's good lines are replayed: tip TB1 is deleted by line 3, so no problem
      // names it; and its sequence gap (1 then 2 after a bad line) is not double-counted.
      #expect(
        problems.contains(
          .dangling(
            file: file("activity/2025/patrols.json"), id: "PT2", field: "communeID",
            target: .commune, missingID: "X001")) == false)

      let vi = try viCatalog()
      let messages = problems.map { $0.message(catalog: vi) }
      #expect(
        messages.contains(
          file("teams.json")
            + ": bản ghi \"T404\", trường \"communeID\": trỏ tới xã/phường \"X999\" không tồn tại.")
      )
      #expect(messages.contains { $0.hasPrefix(file("institutions.json") + ", dòng 2, cột 11") })
      #expect(messages.contains(file("journal.jsonl") + ", dòng 2: không phải một dòng nhật ký."))
    }
  }

  @Test func aMissingFolderIsOneProblem() {
    let url = URL(fileURLWithPath: "/nonexistent/antq-\(UUID().uuidString)")
    #expect(FolderCheck.run(url) == [.damagedFile(.folderMissing(path: url.path))])
  }
}
