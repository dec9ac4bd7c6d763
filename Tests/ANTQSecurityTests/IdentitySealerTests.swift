import ANTQCore
import Foundation
import Testing

@testable import ANTQSecurity

@Suite struct IdentitySealerTests {
  let sealer = IdentitySealer()
  let informant = Tip.Informant(
    name: "Trần Thị Mận", phone: "0912 345 678", address: "Thôn Đông, xã Chí Đám",
    idNumber: "025190000123")

  func reader(_ account: String) -> (User, ReaderKey) {
    let key = ReaderKey.generate(for: account)
    let user = User(
      id: account, fullName: account, role: .supervisor, publicKey: key.publicKey)
    return (user, key)
  }

  @Test func aReaderOpensWhatWasSealedToThem() throws {
    let (a, keyA) = reader("lanhdao")
    let (b, keyB) = reader("phogiamdoc")
    let sealed = try sealer.seal(informant, readers: [a, b])
    #expect(sealed.readers == ["lanhdao", "phogiamdoc"])
    #expect(!sealed.box.contains("Mận") && !sealed.box.contains("0912"))
    #expect(try sealer.open(sealed, with: keyA) == informant)
    #expect(try sealer.open(sealed, with: keyB) == informant)
  }

  @Test func someoneElseCannotOpenIt() throws {
    let (a, _) = reader("lanhdao")
    let stranger = ReaderKey.generate(for: "canbo.chidam")
    let sealed = try sealer.seal(informant, readers: [a])
    #expect(throws: KeyProblem.notSealedTo(account: "canbo.chidam")) {
      try sealer.open(sealed, with: stranger)
    }
    // Another key under the reader's name opens nothing either.
    let impostor = ReaderKey.generate(for: "lanhdao")
    #expect(throws: KeyProblem.damagedSeal) { try sealer.open(sealed, with: impostor) }
  }

  @Test func aReaderWithoutPublicKeyIsNamed() {
    let user = User(id: "x", fullName: "X", role: .supervisor)
    #expect(throws: KeyProblem.noPublicKey(account: "x")) {
      try sealer.seal(informant, readers: [user])
    }
  }

  @Test func addingAReaderKeepsTheBoxRemovingOneChangesIt() throws {
    let (a, keyA) = reader("a")
    let (b, keyB) = reader("b")
    let sealed = try sealer.seal(informant, readers: [a])
    let added = try sealer.reseal(sealed, to: [a, b], with: keyA)
    #expect(added.box == sealed.box && added.readers == ["a", "b"])
    #expect(try sealer.open(added, with: keyB) == informant)
    let removed = try sealer.reseal(added, to: [b], with: keyB)
    #expect(removed.box != added.box && removed.readers == ["b"])
    #expect(try sealer.open(removed, with: keyB) == informant)
    #expect(throws: KeyProblem.notSealedTo(account: "a")) {
      try sealer.open(removed, with: keyA)
    }
  }
}

extension IdentitySealerTests {
  @Test func identitiesSealedTogetherOpenOneByOne() throws {
    let (a, keyA) = reader("a")
    let other = Tip.Informant(name: "Hà", phone: "1", address: "2")
    let sealed = try sealer.sealTogether([informant, other], readers: [a])
    #expect(try sealer.open(sealed[0], with: keyA) == informant)
    #expect(try sealer.open(sealed[1], with: keyA) == other)
    #expect(sealed[0].box != sealed[1].box)
  }
}
