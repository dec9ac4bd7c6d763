import ANTQCore
import Foundation
import Testing

@testable import ANTQSecurity

@Suite struct KeyRingTests {
  func scratch() -> [String: String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("antq-keys-\(UUID().uuidString)").path
    return ["XDG_CONFIG_HOME": folder, "HOME": "/nonexistent"]
  }

  @Test func aPasswordUnlocksTheWrappedKeyAndAWrongOneDoesNot() throws {
    let plain = User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor)
    let (user, key) = try KeyRing.provision(plain, password: "lanhdao")
    #expect(user.wrappedPrivateKey?.hasPrefix("scrypt1$") == true)
    #expect(try KeyRing.unlock(user: user, password: "lanhdao").publicKey == key.publicKey)
    #expect(throws: KeyProblem.wrongPassword) {
      try KeyRing.unlock(user: user, password: "sai")
    }
  }

  @Test func aNewPasswordWrapsTheSameKeyAgain() throws {
    let plain = User(id: "lanhdao", fullName: "Hùng", role: .supervisor)
    var (user, key) = try KeyRing.provision(plain, password: "cu")
    user.password = try PasswordHasher.record(for: "cu")
    let changed = try KeyRing.changePassword(of: user, to: "moi", key: key)
    #expect(PasswordHasher.verify("moi", against: changed.password!))
    #expect(try KeyRing.unlock(user: changed, password: "moi").publicKey == key.publicKey)
    #expect(throws: KeyProblem.wrongPassword) {
      try KeyRing.unlock(user: changed, password: "cu")
    }
  }

  @Test func aKeyFileIsPrivateAndLoads() throws {
    let environment = scratch()
    let plain = User(id: "admin", fullName: "Admin", role: .admin, readsIdentities: true)
    let (user, key) = try KeyRing.provisionFile(
      plain, province: "p1", environment: environment)
    let path = KeyFile.path(province: "p1", account: "admin", environment: environment)
    #expect(path == environment["XDG_CONFIG_HOME"]! + "/antq/keys/p1/admin.key")
    let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    let folder = (path as NSString).deletingLastPathComponent
    let folderMode =
      try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
    #expect(folderMode == 0o700)
    let loaded = try KeyRing.load(user: user, province: "p1", environment: environment)
    #expect(loaded.publicKey == key.publicKey)
  }

  @Test func aMissingDamagedOrExposedKeyFileIsNamedWithItsPath() throws {
    let environment = scratch()
    let plain = User(id: "admin", fullName: "Admin", role: .admin, readsIdentities: true)
    let (user, _) = try KeyRing.provisionFile(plain, province: "p1", environment: environment)
    let path = KeyFile.path(province: "p1", account: "admin", environment: environment)
    #expect(
      throws: KeyProblem.keyFileMissing(path: path.replacingOccurrences(of: "p1", with: "p2"))
    ) {
      try KeyRing.load(user: user, province: "p2", environment: environment)
    }
    try Data("{\"format\":1,\"privateKey\":\"AAAA\"}".utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o600)
    #expect(throws: KeyProblem.keyFileDamaged(path: path, reason: "not an antq key")) {
      try KeyRing.load(user: user, province: "p1", environment: environment)
    }
    chmod(path, 0o644)
    #expect(throws: KeyProblem.keyFileExposed(path: path, mode: "644")) {
      try KeyRing.load(user: user, province: "p1", environment: environment)
    }
  }

  @Test func anotherUsersKeyFileDoesNotPassForTheirs() throws {
    let environment = scratch()
    let plain = User(id: "admin", fullName: "Admin", role: .admin, readsIdentities: true)
    var (user, _) = try KeyRing.provisionFile(plain, province: "p1", environment: environment)
    user.publicKey = ReaderKey.generate(for: "admin").publicKey
    #expect(throws: KeyProblem.keyMismatch(account: "admin")) {
      try KeyRing.load(user: user, province: "p1", environment: environment)
    }
  }
}
