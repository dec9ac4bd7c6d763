import ANTQCore
import ANTQSecurity
import Foundation

/// Sealing a tip's identity (goal: under 5 ms), opening it, and a password check (goal: well
/// under 1 s) on this machine.
enum SealingBenchmark {
  static func run() throws -> [String] {
    let keys = (0..<3).map { ReaderKey.generate(for: "reader\($0)") }
    let readers = keys.map {
      User(id: $0.account, fullName: $0.account, role: .supervisor, publicKey: $0.publicKey)
    }
    let informant = Tip.Informant(
      name: "Nguyễn Thị Minh Khai", phone: "0912 345 678", address: "Thôn Đông, xã Chí Đám",
      idNumber: "038190000123")
    let sealer = IdentitySealer()
    var seals: [Double] = []
    var opens: [Double] = []
    for _ in 0..<200 {
      let (sealed, seconds) = try measure { try sealer.seal(informant, readers: readers) }
      seals.append(seconds)
      opens.append(try measure { try sealer.open(sealed, with: keys[0]) }.1)
    }
    var checks: [Double] = []
    let record = try PasswordHasher.record(for: "lanhdao")
    for _ in 0..<5 {
      checks.append(measure { PasswordHasher.verify("lanhdao", against: record) }.1)
    }
    return [
      Statistics(seconds: seals).line("a tip's identity sealed to 3 readers"),
      Statistics(seconds: opens).line("a sealed identity opened"),
      Statistics(seconds: checks).line("a password checked (scrypt N=2^15 r=8 p=1)"),
    ]
  }
}
