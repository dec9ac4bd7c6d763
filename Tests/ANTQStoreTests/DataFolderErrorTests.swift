import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// A saved sample province with one file replaced by `damaged`.
private func folderWith(_ name: String, _ damaged: String, in root: URL) throws -> DataFolder {
  let folder = DataFolder(root)
  try folder.save(sampleProvince())
  try write(damaged, to: root.appendingPathComponent(name))
  return folder
}

@Suite struct DataFolderErrorTests {
  @Test func badJSONNamesFileLineAndColumn() throws {
    try withTemporaryFolder { root in
      let damaged = """
        {"schema":1,"collection":"communes","records":[
        {"id":"X001","kind":"xa","name":"Xã Đồng Lương","remote":true},
        {"id":"P002","kind":"phuong","name":"Phường Hạc Thành" "remote":false}
        ]}

        """
      let folder = try folderWith("communes.json", damaged, in: root)
      let error = storeError { _ = try folder.load() }
      #expect(
        error
          == .invalidJSON(
            file: root.appendingPathComponent("communes.json").path,
            position: TextPosition(line: 3, column: 56), problem: .unexpectedCharacter("\"")))
    }
  }

  @Test func truncatedFileSaysItEndsTooEarly() throws {
    try withTemporaryFolder { root in
      let folder = try folderWith(
        "activity/2025/tips.json",
        "{\"schema\":1,\"collection\":\"tips\",\"records\":[\n{\"id\":\"TB",
        in: root)
      let error = storeError { _ = try folder.load() }
      guard case .invalidJSON(let file, let position, let problem) = error else {
        Issue.record("expected invalidJSON, got \(String(describing: error))")
        return
      }
      #expect(file.hasSuffix("activity/2025/tips.json"))
      #expect(position == TextPosition(line: 2, column: 10))
      #expect(problem == .unexpectedEnd)
    }
  }

  @Test func wrongTypeNamesRecordIdFieldAndLine() throws {
    try withTemporaryFolder { root in
      let damaged = """
        {"schema":1,"collection":"members","records":[
        {"birthYear":1985,"fullName":"A","gender":"male","id":"MB01","joined":"2024-07-01","paidAllowance":true,"role":"member","teamID":"T001","uniformIssued":true},
        {"birthYear":"1985","fullName":"B","gender":"male","id":"MB02","joined":"2024-07-01","paidAllowance":true,"role":"member","teamID":"T001","uniformIssued":true}
        ]}

        """
      let folder = try folderWith("members.json", damaged, in: root)
      let error = storeError { _ = try folder.load() }
      #expect(
        error
          == .invalidField(
            file: root.appendingPathComponent("members.json").path, record: 2, id: "MB02",
            field: "birthYear", position: TextPosition(line: 3, column: 14),
            problem: .wrongType(expected: "number")))
      let english = error?.description ?? ""
      #expect(english.contains("line 3, column 14: record 2 (id MB02), field \"birthYear\""))
    }
  }

  @Test func badNestedValueAndMissingFieldAreNamed() throws {
    try withTemporaryFolder { root in
      let tips = """
        {"schema":1,"collection":"tips","year":2025,"records":[
        {"channel":"phone","communeID":"X001","id":"TB1","kind":"other","receivedAt":"2025-04-02T08:15","steps":[{"at":"2025-04-31T09:00","reason":"","stage":"classified"}],"summary":"","topic":"","urgency":"normal"}
        ]}
        """
      let folder = try folderWith("activity/2025/tips.json", tips, in: root)
      let failure = storeError { _ = try folder.load() }
      guard
        case .invalidField(_, let record, let id, let field, let position, let problem)? =
          failure
      else {
        Issue.record("expected invalidField")
        return
      }
      #expect((record, id, field) == (1, "TB1", "steps[0].at"))
      #expect(position.line == 2)
      #expect(problem == .invalid(detail: "not a time YYYY-MM-DDTHH:MM: 2025-04-31T09:00"))

      try write(
        "{\"schema\":1,\"collection\":\"communes\",\"records\":[\n{\"id\":\"X9\",\"kind\":\"xa\"}\n]}",
        to: root.appendingPathComponent("communes.json"))
      try write(
        tips.replacingOccurrences(of: "04-31", with: "04-30"),
        to: root.appendingPathComponent("activity/2025/tips.json"))
      let failure1 = storeError { _ = try folder.load() }
      #expect(
        failure1
          == .invalidField(
            file: root.appendingPathComponent("communes.json").path, record: 1, id: "X9",
            field: "name", position: TextPosition(line: 2, column: 1), problem: .missing))
    }
  }

  @Test func unknownSchemaVersionIsRefused() throws {
    try withTemporaryFolder { root in
      let folder = try folderWith(
        "teams.json", "{\"schema\":7,\"collection\":\"teams\",\"records\":[]}\n", in: root)
      let failure2 = storeError { _ = try folder.load() }
      #expect(
        failure2
          == .unsupportedSchema(
            file: root.appendingPathComponent("teams.json").path, found: 7, supported: [1, 2]))
      let failure3 = storeError { try folder.save(sampleProvince()) }
      #expect(
        failure3 != nil)
    }
  }

  @Test func fileOfAnotherCollectionIsRefused() throws {
    try withTemporaryFolder { root in
      let folder = try folderWith(
        "teams.json", "{\"schema\":1,\"collection\":\"members\",\"records\":[]}\n", in: root)
      let failure4 = storeError { _ = try folder.load() }
      #expect(
        failure4
          == .wrongCollection(
            file: root.appendingPathComponent("teams.json").path, found: "members",
            expected: "teams"))
    }
  }

  @Test func damagedFileStaysByteForByteAfterLoadAndSave() throws {
    try withTemporaryFolder { root in
      let damaged = "{\"schema\":1,\"collection\":\"members\",\"records\":[\n{\"id\":\"MB01\",\n"
      let folder = try folderWith("members.json", damaged, in: root)
      let teamsBefore = try Data(contentsOf: root.appendingPathComponent("teams.json"))
      let failure5 = storeError { _ = try folder.load() }
      #expect(
        failure5 != nil)
      var changed = sampleProvince()
      changed.teams = []
      let refused = storeError { try folder.save(changed) }
      guard case .invalidJSON(let file, _, .unexpectedEnd)? = refused else {
        Issue.record("save should refuse the damaged file, got \(String(describing: refused))")
        return
      }
      #expect(file.hasSuffix("members.json"))
      #expect(try text(root.appendingPathComponent("members.json")) == damaged)
      // Nothing else was replaced either.
      #expect(try Data(contentsOf: root.appendingPathComponent("teams.json")) == teamsBefore)
    }
  }

  @Test func missingFolderNotAFolderAndMissingFile() throws {
    try withTemporaryFolder { root in
      let missing = DataFolder(root.appendingPathComponent("nowhere"))
      let failure6 = storeError { _ = try missing.load() }
      #expect(
        failure6 == .folderMissing(path: missing.path))
      let plain = root.appendingPathComponent("plain.txt")
      try write("x", to: plain)
      let failure7 = storeError { _ = try DataFolder(plain).load() }
      #expect(
        failure7 == .notAFolder(path: plain.path))
      let folder = DataFolder(root.appendingPathComponent("data"))
      try folder.save(sampleProvince())
      try FileManager.default.removeItem(at: folder.url.appendingPathComponent("exemplars.json"))
      let failure8 = storeError { _ = try folder.load() }
      #expect(
        failure8
          == .fileMissing(path: folder.url.appendingPathComponent("exemplars.json").path))
    }
  }

  @Test func unreadableFileReportsTheOSReason() throws {
    try withTemporaryFolder { root in
      let folder = DataFolder(root)
      try folder.save(sampleProvince())
      // A folder where a file should be: unreadable even for root.
      let teams = root.appendingPathComponent("teams.json")
      try FileManager.default.removeItem(at: teams)
      try FileManager.default.createDirectory(at: teams, withIntermediateDirectories: false)
      let failure9 = storeError { _ = try folder.load() }
      #expect(
        failure9
          == .io(path: teams.path, operation: .read, reason: "Is a directory"))
    }
  }
}
