import Crypto
import Foundation

/// A private key sealed with a key derived from a password: `scrypt1$N$r$p$salt$box`, the
/// box a ChaChaPoly seal of the raw key (all base64).
enum WrappedKey {
  static let scheme = "scrypt1"

  static func wrap(_ key: Curve25519.KeyAgreement.PrivateKey, password: String) throws -> String {
    let salt = PasswordHasher.randomBytes(PasswordHasher.saltBytes)
    let (n, r, p) = (PasswordHasher.cost, PasswordHasher.blockSize, PasswordHasher.parallelism)
    let wrapping = try PasswordHasher.derive(
      password, salt: salt, cost: n, blockSize: r, parallelism: p)
    let box = try ChaChaPoly.seal(key.rawRepresentation, using: wrapping).combined
    return [scheme, "\(n)", "\(r)", "\(p)", salt.base64EncodedString(), box.base64EncodedString()]
      .joined(separator: "$")
  }

  static func unwrap(_ text: String, password: String) throws(KeyProblem)
    -> Curve25519.KeyAgreement.PrivateKey
  {
    let parts = text.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 6, parts[0] == scheme, let n = Int(parts[1]), let r = Int(parts[2]),
      let p = Int(parts[3]), let salt = Data(base64Encoded: parts[4]),
      let box = Data(base64Encoded: parts[5]),
      n >= 1 << 10, n <= 1 << 20, n & (n - 1) == 0, (1...32).contains(r), (1...16).contains(p),
      let wrapping = try? PasswordHasher.derive(
        password, salt: salt, cost: n, blockSize: r, parallelism: p),
      let sealed = try? ChaChaPoly.SealedBox(combined: box)
    else { throw KeyProblem.damagedSeal }
    guard let raw = try? ChaChaPoly.open(sealed, using: wrapping) else {
      throw KeyProblem.wrongPassword
    }
    guard let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw) else {
      throw KeyProblem.damagedSeal
    }
    return key
  }
}
