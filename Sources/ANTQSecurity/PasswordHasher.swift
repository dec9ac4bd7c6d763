import ANTQCore
import Crypto
import CryptoExtras
import Foundation

/// Passwords as scrypt hashes (memory-hard, so a stolen users.json is slow to guess from).
/// Wrong tries are counted by the login, beside the folder, not in the record.
public enum PasswordHasher {
  public static let scheme = "scrypt"
  /// N = 2^15, r = 8, p = 1: 32 MiB and about a tenth of a second per check on a small
  /// office machine (antq-bench prints it).
  public static let cost = 1 << 15
  public static let blockSize = 8
  public static let parallelism = 1
  static let saltBytes = 16
  static let hashBytes = 32

  public static func record(for password: String) throws -> PasswordRecord {
    let salt = randomBytes(saltBytes)
    let hash = try derive(
      password, salt: salt, cost: cost, blockSize: blockSize, parallelism: parallelism)
    return PasswordRecord(
      scheme: scheme, salt: salt.base64EncodedString(),
      hash: hash.withUnsafeBytes { Data($0) }.base64EncodedString(),
      cost: cost, blockSize: blockSize, parallelism: parallelism)
  }

  /// Whether the password is the one the record was made from. A record of another scheme,
  /// with broken base64 or out-of-range parameters never matches.
  public static func verify(_ password: String, against record: PasswordRecord) -> Bool {
    guard record.scheme == scheme, let salt = Data(base64Encoded: record.salt),
      let stored = Data(base64Encoded: record.hash), stored.count == hashBytes,
      acceptable(record)
    else { return false }
    guard
      let derived = try? derive(
        password, salt: salt, cost: record.cost, blockSize: record.blockSize,
        parallelism: record.parallelism)
    else { return false }
    // SymmetricKey's == compares in constant time.
    return derived == SymmetricKey(data: stored)
  }

  /// Parameters a damaged or hostile file could set to exhaust memory or time are refused.
  static func acceptable(_ record: PasswordRecord) -> Bool {
    record.cost >= 1 << 10 && record.cost <= 1 << 20 && record.cost & (record.cost - 1) == 0
      && (1...32).contains(record.blockSize) && (1...16).contains(record.parallelism)
  }

  static func derive(
    _ password: String, salt: Data, cost: Int, blockSize: Int, parallelism: Int,
    bytes: Int = hashBytes
  ) throws -> SymmetricKey {
    try KDF.Scrypt.deriveKey(
      from: Data(password.utf8), salt: salt, outputByteCount: bytes, rounds: cost,
      blockSize: blockSize, parallelism: parallelism,
      maxMemory: 128 * blockSize * cost * parallelism + (1 << 20) * 4)
  }

  static func randomBytes(_ count: Int) -> Data {
    SymmetricKey(size: SymmetricKeySize(bitCount: count * 8)).withUnsafeBytes { Data($0) }
  }
}
