import ANTQCore
import Foundation
import Testing

@testable import ANTQStore

/// Stands in for ANTQSecurity's sealer: the store only needs something that seals.
struct FakeSealer: IdentitySealing {
  func seal(_ informant: Tip.Informant, readers: [User]) throws -> SealedIdentity {
    SealedIdentity(
      box: Data(informant.name.utf8.reversed()).base64EncodedString(),
      keys: Dictionary(uniqueKeysWithValues: readers.map { ($0.id, "k") }))
  }
}

@Suite struct SealingTests {
  static let name = "Phạm Thị Kín"
  let reader = User(
    id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor, publicKey: "cGs=")

  /// The store's own account as the province's admin (the first user must be), then the reader.
  func addReader(_ store: ProvinceStore, _ user: User? = nil) throws {
    if !store.data.users.contains(where: { $0.id == store.author.user }) {
      try store.record(
        .upsert(Record(User(id: store.author.user, fullName: "Admin", role: .admin))))
    }
    try store.record(.upsert(Record(user ?? reader)))
  }

  func clearTip() -> Tip {
    var tip = sampleProvince().tips[0]
    tip.id = "TB9"
    tip.sealedIdentity = nil
    tip.informant = .init(name: Self.name, phone: "0987 000 111", address: "Thôn Kín")
    return tip
  }

  /// Every file under `url` that holds `text`.
  func filesHolding(_ text: String, under url: URL) -> [String] {
    let paths = FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []
    return paths.filter {
      FileManager.default.contents(atPath: url.path + "/" + $0)?.range(of: Data(text.utf8)) != nil
    }
  }

  @Test func aTipIsSealedToTheReadersBeforeItIsJournaled() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      store.sealer = FakeSealer()
      try addReader(store)
      try store.record(.upsert(.tip(clearTip())))
      let saved = try #require(store.data.tips.first { $0.id == "TB9" })
      #expect(saved.informant == nil)
      #expect(saved.sealedIdentity?.readers == ["lanhdao"])
      try store.close()
      #expect(filesHolding(Self.name, under: url).isEmpty)
      #expect(try DataFolder(url).load().tips.first { $0.id == "TB9" }?.sealedIdentity != nil)
    }
  }

  @Test func aTipSealedBeforeANewReaderIsListedUntilItIsSealedAgain() throws {
    try withTemporaryFolder { root in
      let store = try openStore(try seededFolder(root))
      store.sealer = FakeSealer()
      try addReader(store)
      try store.record(.upsert(.tip(clearTip())))
      #expect(store.sealingProblem == nil)
      try addReader(
        store, User(id: "giamsat", fullName: "Trần Văn Giám", role: .supervisor, publicKey: "cGs="))
      // The sample's TB1 was sealed to lanhdao too.
      #expect(store.sealingProblem == .notSealedToReaders(tipIDs: ["TB1", "TB9"]))
      let line = store.sealingProblem?.message(catalog: BuiltinStrings.english) ?? ""
      #expect(line.contains(": 2 (TB1, TB9).") && line.hasSuffix("antq users reseal"), "\(line)")
      let outcome = try store.resealIdentities { sealed, readers in
        SealedIdentity(
          box: sealed.box, keys: Dictionary(uniqueKeysWithValues: readers.map { ($0.id, "k") }))
      }
      #expect(outcome.resealed == 2)
      #expect(store.sealingProblem == nil)
    }
  }

  @Test func withoutAReaderOrASealerNothingIsWritten() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      let store = try openStore(url)
      #expect(
        storeError { try store.record(.upsert(.tip(clearTip()))) } == .identityNotSealed(.noSealer))
      store.sealer = FakeSealer()
      #expect(
        storeError { try store.record(.upsert(.tip(clearTip()))) } == .identityNotSealed(.noReader))
      var disabled = reader
      disabled.disabledAt = moment(2025, 1, 1, 8, 0)
      try addReader(store, disabled)
      #expect(
        storeError { try store.record(.upsert(.tip(clearTip()))) } == .identityNotSealed(.noReader))
      #expect(store.data.tips.allSatisfy { $0.id != "TB9" })
      #expect(filesHolding(Self.name, under: url).isEmpty)
      let catalog = BuiltinStrings.english
      #expect(!StoreError.identityNotSealed(.noReader).message(catalog: catalog).isEmpty)
    }
  }

  @Test func anOlderFoldersClearIdentitiesAreSealedAndLeaveFilesAndBackups() throws {
    try withTemporaryFolder { root in
      let url = try seededFolder(root)
      // An older version wrote the informant in clear, and a fold kept it in a backup.
      let tips = url.appendingPathComponent("activity/2025/tips.json")
      let sealedJSON = try text(tips)
      let clear = try #require(
        sealedJSON.range(of: #""sealedIdentity":\{[^}]*\}\}"#, options: .regularExpression))
      try write(
        sealedJSON.replacingCharacters(
          in: clear,
          with: #""informant":{"name":"\#(Self.name)","phone":"1","address":"Thôn"}"#),
        to: tips)
      let first = try openStore(url, years: .latest)
      try first.record(.upsert(.commune(Commune(id: "X009", name: "Xã Mới", kind: .xa))))
      try first.fold()
      try first.close()
      #expect(!filesHolding(Self.name, under: url).isEmpty)
      #expect(Backups(folder: DataFolder(url)).holdClearIdentities())

      let store = try openStore(url, years: .only([2026]))
      store.sealer = FakeSealer()
      try addReader(store)
      #expect(store.sealClearIdentities() == 1)
      #expect(store.data.tips.first { $0.id == "TB1" }?.sealedIdentity?.readers == ["lanhdao"])
      try store.close()
      #expect(filesHolding(Self.name, under: url).isEmpty)
      #expect(!Backups(folder: DataFolder(url)).holdClearIdentities())
    }
  }
}
