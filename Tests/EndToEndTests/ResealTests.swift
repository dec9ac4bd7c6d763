import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation
import Testing

/// `antq users` seals every identity again when the readers change: a supervisor added
/// reveals tips sealed before they existed; one disabled opens none of the new seals; with
/// no reader key at hand the seals stay as they were, one line says so, `antq check` lists
/// the tips and `antq users reseal` seals them again.
@Suite struct ResealTests {
  private func tips(_ data: URL) throws -> [Tip] {
    let store = try ProvinceStore.open(folder: data, mode: .readOnly, years: .all)
    return store.data.tips.filter { $0.sealedIdentity != nil }
  }

  private func user(_ id: String, _ data: URL) throws -> User {
    let store = try ProvinceStore.open(folder: data, mode: .readOnly, years: .only([]))
    return try #require(store.data.users.first { $0.id == id })
  }

  @Test func aNewSupervisorRevealsOldTipsAndADisabledOneOpensNoNewSeal() throws {
    let demo = try DemoWithKeys()
    let sealedBefore = try tips(demo.data)
    try #require(!sealedBefore.isEmpty)

    let added = try demo.run(
      ["users", "add", "giamsat", "--name", "Trần Văn Giám", "--role", "supervisor", "--password"],
      input: "giamsat1\n")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(
      added.stdout.contains(
        "Identities sealed again to the readers now: \(sealedBefore.count) tips."),
      "\(added.stdout)")
    let newcomer = try KeyRing.unlock(user: try user("giamsat", demo.data), password: "giamsat1")
    let sealer = IdentitySealer()
    let resealed = try tips(demo.data)
    #expect(resealed.count == sealedBefore.count)
    for tip in resealed.prefix(20) {
      #expect(throws: Never.self) { try sealer.open(tip.sealedIdentity!, with: newcomer) }
    }

    let lanhdao = try KeyRing.unlock(user: try user("lanhdao", demo.data), password: "lanhdao")
    #expect(throws: Never.self) { try sealer.open(resealed[0].sealedIdentity!, with: lanhdao) }
    let disabled = try demo.run(["users", "disable", "lanhdao"])
    #expect(disabled.status == 0, "\(disabled.stderr)")
    #expect(disabled.stdout.contains("Identities sealed again"), "\(disabled.stdout)")
    for tip in try tips(demo.data).prefix(20) {
      #expect(throws: KeyProblem.self) { try sealer.open(tip.sealedIdentity!, with: lanhdao) }
      #expect(throws: Never.self) { try sealer.open(tip.sealedIdentity!, with: newcomer) }
    }
  }

  @Test func withoutAReaderKeyTheSealsStayUntilAReaderResealsThem() throws {
    let demo = try DemoWithKeys()
    let before = try tips(demo.data)
    let away = demo.folder.child("config-away")
    try FileManager.default.moveItem(at: demo.config, to: away)
    let added = try demo.run(["users", "role", "canbo.chidam", "clerk", "--reader"])
    #expect(added.status == 0, "\(added.stderr)")
    let lines = added.stdout.split(separator: "\n")
    #expect(lines.count == 2, "\(added.stdout)")
    #expect(lines.last?.hasPrefix("Identities stay sealed as they were: ") == true)
    #expect(try tips(demo.data) == before)

    // The tips sealed before the new reader are named, with what fixes them.
    let listed = try demo.run(["check"])
    #expect(listed.status != 0)
    let ids = before.map(\.id).sorted()
    #expect(
      listed.stdout.contains("Tips not sealed to exactly the readers of identities now"),
      "\(listed.stdout)")
    #expect(
      listed.stdout.contains("\(ids.count) (\(ids.prefix(5).joined(separator: ", ")), …)"),
      "\(listed.stdout)")
    #expect(listed.stdout.contains("antq users reseal"), "\(listed.stdout)")

    try FileManager.default.moveItem(at: away, to: demo.config)
    let resealed = try demo.run(["users", "reseal"])
    #expect(resealed.status == 0, "\(resealed.stderr)")
    #expect(
      resealed.stdout.contains("Identities sealed again to the readers now: \(ids.count) tips."),
      "\(resealed.stdout)")
    #expect(
      try tips(demo.data).allSatisfy { $0.sealedIdentity?.readers.contains("canbo.chidam") == true }
    )
    let checked = try demo.run(["check"])
    #expect(checked.status == 0, "\(checked.stdout)")
    #expect(!checked.stdout.contains("not sealed"), "\(checked.stdout)")
  }

  /// The admin makes the clerk of Chí Đám a reader on the users screen (`U`): the console seals
  /// every tip again, says how many, and the clerk's key opens them.
  @Test func theConsolesAdminMakingAReaderSealsEveryIdentityAgain() throws {
    let demo = try DemoWithKeys()
    let before = try tips(demo.data)
    let terminal = try demo.console()
    defer { terminal.stop() }
    try terminal.keys("2", "U")
    try #require(try terminal.wait(for: "canbo.chidam").found)
    try terminal.keys("e")
    try #require(try terminal.wait(for: "Sửa người dùng canbo.chidam").found)
    try terminal.keys("Tab", "Tab", "Tab", "Tab")
    let reader = try terminal.wait(for: "▸ Đọc danh tính")
    try #require(reader.found, "screen:\n\(reader.screen)")
    try terminal.keys("Right", "F2")
    // The console says what it is doing before it goes quiet for the re-seal.
    let working = try terminal.wait(for: "Đang lưu; nếu người được đọc danh tính thay đổi")
    #expect(working.found, "screen:\n\(working.screen)")
    // Every year's tips sealed again and folded: a while in a debug build.
    let told = try terminal.wait(
      for:
        "Đã niêm phong lại danh tính cho những người được đọc hiện nay: \(before.count) tin báo.",
      seconds: 300)
    #expect(told.found, "screen:\n\(told.screen)")
    let row = told.screen.split(separator: "\n").first { $0.hasPrefix("canbo.chidam") } ?? ""
    #expect(row.trimmingCharacters(in: .whitespaces).hasSuffix("có"), "\(told.screen)")
    try terminal.keys("q")
    #expect(try terminal.exitCode(seconds: 60) == 0)

    let after = try tips(demo.data)
    #expect(after.count == before.count)
    #expect(after.allSatisfy { $0.sealedIdentity?.readers.contains("canbo.chidam") == true })
    let clerk = try KeyRing.unlock(
      user: try user("canbo.chidam", demo.data), password: "canbo.chidam")
    for tip in after.prefix(20) {
      #expect(throws: Never.self) { try IdentitySealer().open(tip.sealedIdentity!, with: clerk) }
    }
  }
}
