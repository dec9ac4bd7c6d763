import Crypto
import Foundation

/// A user's private key, unlocked for this session: opens the identities sealed to them.
public struct ReaderKey: Sendable {
  public let account: String
  public let privateKey: Curve25519.KeyAgreement.PrivateKey

  public init(account: String, privateKey: Curve25519.KeyAgreement.PrivateKey) {
    self.account = account
    self.privateKey = privateKey
  }

  /// A new key pair for `account`.
  public static func generate(for account: String) -> ReaderKey {
    ReaderKey(account: account, privateKey: .init())
  }

  /// The public half as `User.publicKey` holds it.
  public var publicKey: String { privateKey.publicKey.rawRepresentation.base64EncodedString() }
}
