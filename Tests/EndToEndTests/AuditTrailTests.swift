import ANTQCore
import ANTQStore
import Foundation
import Testing

/// The audit trail through the built binary: `antq check` names a journal line edited by
/// hand (its checksum made anew), removed or swapped; `antq audit` prints who changed what.
@Suite struct AuditTrailTests {
  /// The demo with three changes in a console journal: a tip's topic, a commune's name, a
  /// member deleted. Returns the folder, the journal and the tip's id.
  private func journalled(_ folder: TemporaryFolder) throws -> (URL, URL, String) {
    let data = try folder.demoProvince()
    let store = try ProvinceStore.open(folder: data, years: .all)
    var tip = store.data.tips.last!
    tip.topic = "Trộm xe máy ban đêm"
    try store.record(
      .upsert(.tip(tip)), basedOn: store.versions.version(of: RecordKey(.tip, tip.id)))
    var commune = store.data.communes[0]
    commune.name += " Mới"
    try store.record(.upsert(.commune(commune)))
    try store.record(.delete(.member, id: store.data.members[0].id))
    try store.close()
    let journals = data.appendingPathComponent("journals")
    let name = try FileManager.default.contentsOfDirectory(atPath: journals.path)
      .first { $0.hasSuffix(".jsonl") }!
    return (data, journals.appendingPathComponent(name), tip.id)
  }

  private func lines(_ journal: URL) throws -> [String] {
    try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").map(String.init)
  }

  private func write(_ lines: [String], _ journal: URL) throws {
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: journal)
  }

  /// The line with its CRC-32 computed again, as someone covering an edit would.
  private func resealed(_ line: String) -> String {
    let covered = String(line[..<line.range(of: ",\"crc\":")!.lowerBound])
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in covered.utf8 {
      crc ^= UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
    }
    let hex = String(crc ^ 0xFFFF_FFFF, radix: 16)
    return covered + ",\"crc\":\"" + String(repeating: "0", count: 8 - hex.count) + hex + "\"}"
  }

  @Test func checkNamesALineEditedRemovedOrSwappedByHand() throws {
    let folder = try TemporaryFolder()
    let (data, journal, _) = try journalled(folder)
    let original = try lines(journal)
    let check = { try BuiltBinary.run(["check", "--data", data.path, "--lang", "en"]) }
    #expect(try check().status == 0)

    var edited = original
    edited[1] = resealed(edited[1].replacingOccurrences(of: " Mới", with: " Cũ"))
    try write(edited, journal)
    var output = try check()
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "\(journal.path), line 3: its chain does not match line 2: line 2 was changed"),
      "\(output.stdout)")

    try write([original[0], original[2]], journal)
    output = try check()
    #expect(output.status == 2)
    #expect(
      output.stdout.contains(
        "\(journal.path), line 2: sequence number 3 where 2 was expected (a line missing"),
      "\(output.stdout)")

    try write([original[0], original[2], original[1]], journal)
    output = try check()
    #expect(output.status == 2)
    #expect(
      output.stdout.contains("\(journal.path), line 2: it was moved: its chain names line 3"),
      "\(output.stdout)")
    let vietnamese = try BuiltBinary.run(["check", "--data", data.path])
    #expect(vietnamese.stdout.contains("dòng 2: dòng đã bị chuyển chỗ"), "\(vietnamese.stdout)")
  }

  @Test func auditPrintsEveryChangeAndFiltersByRecordUserAndDay() throws {
    let folder = try TemporaryFolder()
    let (data, _, tipID) = try journalled(folder)
    let me = Author.current()
    let audit = { (more: [String]) in
      try BuiltBinary.run(["audit", "--data", data.path, "--lang", "en"] + more)
    }
    let all = try audit([])
    #expect(all.status == 0, "\(all.stderr)")
    let rows = all.stdout.split(separator: "\n")
    #expect(rows.count == 3, "\(all.stdout)")
    #expect(rows.allSatisfy { $0.contains("  \(me.user)@\(me.host)  ") })
    #expect(rows[0].contains("  tip  \(tipID)  changed: Topic: "), "\(rows)")
    #expect(rows[0].hasSuffix("→ Trộm xe máy ban đêm"))
    #expect(rows[2].contains("  member  ") && rows[2].hasSuffix("  deleted"))

    let one = try audit(["--record", tipID])
    #expect(one.stdout.split(separator: "\n").count == 1)
    #expect(one.stdout.contains(tipID))
    #expect(try audit(["--user", me.user]).stdout == all.stdout)
    #expect(try audit(["--user", "nobody"]).stdout == "No change or reveal matches.\n")
    #expect(try audit(["--since", "01/01/2020"]).stdout == all.stdout)
    #expect(try audit(["--since", "31/12/2099"]).stdout == "No change or reveal matches.\n")

    let csv = try audit(["--format", "csv", "--record", tipID])
    #expect(csv.status == 0)
    let records = csv.stdout.components(separatedBy: "\r\n")
    #expect(records[0] == "When,Who,Kind of record,Id,What changed")
    #expect(records[1].contains(",\(me.user)@\(me.host),tip,\(tipID),changed: Topic: "))
    #expect(records.count == 3 && records[2].isEmpty)
  }

  @Test func badArgumentsGetOneClearLineInTheUsersLanguage() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let since = try BuiltBinary.run(["audit", "--data", data.path, "--since", "31/02/2026"])
    #expect(since.status == 2)
    #expect(since.stdout.isEmpty)
    #expect(
      since.stderr.hasPrefix("antq: --since \"31/02/2026\" không phải một ngày"), "\(since.stderr)")
    #expect(since.stderr.split(separator: "\n").count == 1)
    let format = try BuiltBinary.run(
      ["audit", "--data", data.path, "--format", "xml", "--lang", "en"])
    #expect(format.status == 2)
    #expect(format.stderr == "antq: no audit format \"xml\". Choose text or csv.\n")
    let missing = try BuiltBinary.run(
      ["audit", "--data", folder.child("nowhere").path, "--lang", "en"])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("does not exist"))
  }

  /// Once users are registered the trail is for supervisors and admins: the demo's clerk
  /// gets one line and nothing of the trail, its supervisor gets the trail; a province with
  /// no user yet is read as before.
  @Test func onlyASupervisorOrAnAdminReadsTheTrail() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let store = try ProvinceStore.open(folder: data, years: .latest)
    var commune = store.data.communes[0]
    commune.name += " Mới"
    try store.record(.upsert(.commune(commune)))
    try store.close()
    let audit = { (more: [String], password: String?) in
      try BuiltBinary.run(
        ["audit", "--data", data.path, "--lang", "en"] + more, input: password)
    }
    let clerk = try audit(["--as", "canbo.chidam"], "canbo.chidam\n")
    #expect(clerk.status == 1)
    #expect(clerk.stdout.isEmpty, "\(clerk.stdout)")
    #expect(
      clerk.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        == "antq: canbo.chidam (Clerk) may not read the audit trail: only a"
        + " supervisor or an admin may.", "\(clerk.stderr)")
    let vietnamese = try BuiltBinary.run(
      ["audit", "--data", data.path, "--as", "canbo.chidam"], input: "canbo.chidam\n")
    #expect(vietnamese.status == 1)
    #expect(vietnamese.stderr.contains("không được xem nhật ký kiểm tra"), "\(vietnamese.stderr)")
    let supervisor = try audit(["--as", "lanhdao"], "lanhdao\n")
    #expect(supervisor.status == 0, "\(supervisor.stderr)")
    #expect(
      supervisor.stdout.contains("  commune  \(commune.id)  changed: "), "\(supervisor.stdout)")
    let wrong = try audit(["--as", "lanhdao"], "sai\n")
    #expect(wrong.status == 1)
    #expect(wrong.stdout.isEmpty)

    var province = try DataFolder(data).load()
    province.users = []
    let open = folder.child("no-users")
    try DataFolder(open).save(province)
    let before = try BuiltBinary.run(["audit", "--data", open.path, "--lang", "en"])
    #expect(before.status == 0, "\(before.stderr)")
    #expect(before.stdout == "No change or reveal matches.\n")
  }
}
