import ANTQCore
import Foundation
import Testing

@testable import ANTQSecurity

@Suite struct PasswordHasherTests {
  @Test func theRightPasswordMatchesAndAWrongOneDoesNot() throws {
    let record = try PasswordHasher.record(for: "mật khẩu 1")
    #expect(record.scheme == "scrypt")
    #expect(record.cost == 1 << 15 && record.blockSize == 8 && record.parallelism == 1)
    #expect(!record.hash.contains("mật"))
    #expect(PasswordHasher.verify("mật khẩu 1", against: record))
    #expect(!PasswordHasher.verify("mật khẩu 2", against: record))
    #expect(!PasswordHasher.verify("", against: record))
  }

  @Test func eachRecordHasItsOwnSalt() throws {
    let a = try PasswordHasher.record(for: "lanhdao")
    let b = try PasswordHasher.record(for: "lanhdao")
    #expect(a.salt != b.salt)
    #expect(a.hash != b.hash)
  }

  @Test func aDamagedOrHostileRecordNeverMatches() throws {
    let good = try PasswordHasher.record(for: "x")
    var other = good
    other.scheme = "plain"
    #expect(!PasswordHasher.verify("x", against: other))
    var broken = good
    broken.salt = "%%%"
    #expect(!PasswordHasher.verify("x", against: broken))
    var huge = good
    huge.cost = 1 << 30
    #expect(!PasswordHasher.verify("x", against: huge))
    var short = good
    short.hash = Data([1, 2, 3]).base64EncodedString()
    #expect(!PasswordHasher.verify("x", against: short))
  }
}
