import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation
import Testing

/// `antq users` seals every identity again when the readers change: a supervisor added
/// reveals tips sealed before they existed; one disabled opens none of the new seals; with
/// no reader key at hand the seals stay as they were and one line says so.
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
    let folder = try TemporaryFolder()
    let environment = privateTemporaryDirectory(folder).merging([
      "XDG_CONFIG_HOME": folder.child("config").path
    ]) { _, new in new }
    let data = folder.child("province")
    let written = try BuiltBinary.run(["demo", "--out", data.path], environment: environment)
    try #require(written.status == 0, "\(written.stderr)")
    let sealedBefore = try tips(data)
    try #require(!sealedBefore.isEmpty)

    let added = try BuiltBinary.run(
      [
        "users", "add", "giamsat", "--name", "Trần Văn Giám", "--role", "supervisor",
        "--password", "--data", data.path, "--lang", "en",
      ], environment: environment, input: "giamsat1\n")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(
      added.stdout.contains(
        "Identities sealed again to the readers now: \(sealedBefore.count) tips."),
      "\(added.stdout)")
    let newcomer = try KeyRing.unlock(user: try user("giamsat", data), password: "giamsat1")
    let sealer = IdentitySealer()
    let resealed = try tips(data)
    #expect(resealed.count == sealedBefore.count)
    for tip in resealed.prefix(20) {
      #expect(throws: Never.self) { try sealer.open(tip.sealedIdentity!, with: newcomer) }
    }

    let lanhdao = try KeyRing.unlock(user: try user("lanhdao", data), password: "lanhdao")
    #expect(throws: Never.self) { try sealer.open(resealed[0].sealedIdentity!, with: lanhdao) }
    let disabled = try BuiltBinary.run(
      ["users", "disable", "lanhdao", "--data", data.path, "--lang", "en"],
      environment: environment)
    #expect(disabled.status == 0, "\(disabled.stderr)")
    #expect(disabled.stdout.contains("Identities sealed again"), "\(disabled.stdout)")
    for tip in try tips(data).prefix(20) {
      #expect(throws: KeyProblem.self) { try sealer.open(tip.sealedIdentity!, with: lanhdao) }
      #expect(throws: Never.self) { try sealer.open(tip.sealedIdentity!, with: newcomer) }
    }
  }

  @Test func withoutAReaderKeyTheSealsStayAsTheyWere() throws {
    let folder = try TemporaryFolder()
    let environment = privateTemporaryDirectory(folder).merging([
      "XDG_CONFIG_HOME": folder.child("config").path
    ]) { _, new in new }
    let data = folder.child("province")
    let written = try BuiltBinary.run(["demo", "--out", data.path], environment: environment)
    try #require(written.status == 0, "\(written.stderr)")
    let before = try tips(data)
    try FileManager.default.removeItem(at: folder.child("config"))
    let added = try BuiltBinary.run(
      [
        "users", "role", "canbo.chidam", "clerk", "--reader", "--data", data.path, "--lang", "en",
      ], environment: environment)
    #expect(added.status == 0, "\(added.stderr)")
    let lines = added.stdout.split(separator: "\n")
    #expect(lines.count == 2, "\(added.stdout)")
    #expect(lines.last?.hasPrefix("Identities stay sealed as they were: ") == true)
    #expect(try tips(data) == before)
  }
}
