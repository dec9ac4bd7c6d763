import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation
import Testing

/// Every file under `url` (journals, backups, key files…) holding `text`, by relative path.
func filesHolding(_ text: String, under url: URL) -> [String] {
  let paths = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
  let bytes = Data(text.utf8)
  return paths.filter {
    FileManager.default.contents(atPath: url.path + "/" + $0)?.range(of: bytes) != nil
  }
}

/// The demo's informants as the generator makes them, in clear.
func demoInformants() throws -> [Tip.Informant] {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  let url = root.appendingPathComponent("assets/demo/description.json")
  let description = try JSONDecoder().decode(DemoDescription.self, from: Data(contentsOf: url))
  return DemoGenerator.generate(description).tips.compactMap(\.informant)
}

/// `antq demo --out`: the demo's people with keys, and not one identity in clear.
@Suite struct SealedDemoTests {
  @Test func theDemoFolderHoldsNoIdentityInClearAndItsReadersOpenThem() throws {
    let folder = try TemporaryFolder()
    let config = folder.child("config")
    let target = folder.child("province")
    let written = try BuiltBinary.run(
      ["demo", "--out", target.path], environment: ["XDG_CONFIG_HOME": config.path])
    try #require(written.status == 0, "\(written.stderr)")

    let informants = try demoInformants()
    #expect(informants.count > 1000)
    for informant in informants.prefix(200) {
      #expect(filesHolding(informant.phone, under: target).isEmpty, "\(informant.phone)")
    }
    #expect(filesHolding("\"informant\"", under: target).isEmpty)

    let store = try ProvinceStore.open(folder: target, mode: .readOnly, years: .all)
    let users = Dictionary(uniqueKeysWithValues: store.data.users.map { ($0.id, $0) })
    let owner = try #require(users[Author.current().user])
    #expect(owner.role == .admin && owner.isIdentityReader && owner.wrappedPrivateKey == nil)
    let supervisor = try #require(users["lanhdao"])
    #expect(supervisor.role == .supervisor && supervisor.fullName == "Nguyễn Văn Hùng")
    #expect(PasswordHasher.verify("lanhdao", against: try #require(supervisor.password)))
    #expect(!PasswordHasher.verify("canbo.chidam", against: try #require(supervisor.password)))
    let clerk = try #require(users["canbo.chidam"])
    let chiDam = try #require(store.data.communes.first { $0.name == "Chí Đám" })
    #expect(clerk.role == .clerk && clerk.communeIDs == [chiDam.id] && !clerk.isIdentityReader)
    #expect(PasswordHasher.verify("canbo.chidam", against: try #require(clerk.password)))

    // The owner's key file, the supervisor's password-wrapped key: both open every identity.
    let environment = ["XDG_CONFIG_HOME": config.path]
    let ownerKey = try KeyRing.load(
      user: owner, province: store.provinceID, environment: environment)
    let supervisorKey = try KeyRing.unlock(user: supervisor, password: "lanhdao")
    let sealed = store.data.tips.filter { $0.sealedIdentity != nil }
    #expect(sealed.count == informants.count)
    #expect(store.data.tips.allSatisfy { $0.informant == nil })
    let sealer = IdentitySealer()
    let opened = try sealed.prefix(50).map { try sealer.open($0.sealedIdentity!, with: ownerKey) }
    #expect(opened == Array(informants.prefix(50)))
    #expect(try sealer.open(sealed[0].sealedIdentity!, with: supervisorKey) == informants[0])
    #expect(throws: KeyProblem.notSealedTo(account: "canbo.chidam")) {
      try sealer.open(
        sealed[0].sealedIdentity!, with: KeyRing.unlock(user: clerk, password: "canbo.chidam"))
    }
  }
}
