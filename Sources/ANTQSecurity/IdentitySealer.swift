import ANTQCore
import Crypto
import Foundation

/// Seals an informant's identity as GlobaLeaks seals a submission: the fields, as JSON, in a
/// ChaChaPoly box under a key of their own; that key sealed with HPKE (X25519, SHA-256,
/// ChaChaPoly) to each reader's public key. Only a reader's private key opens it.
public struct IdentitySealer: IdentitySealing {
  static let ciphersuite = HPKE.Ciphersuite.Curve25519_SHA256_ChachaPoly
  static let info = Data("antq identity v1".utf8)
  /// The X25519 encapsulated key that starts each reader's entry.
  static let encapsulatedBytes = 32

  public init() {}

  public func seal(_ informant: Tip.Informant, readers: [User]) throws -> SealedIdentity {
    let contentKey = SymmetricKey(size: .bits256)
    let fields = try JSONEncoder.sorted.encode(informant.fields)
    let box = try ChaChaPoly.seal(fields, using: contentKey).combined
    return SealedIdentity(
      box: box.base64EncodedString(), keys: try Self.keys(contentKey, for: readers))
  }

  /// Many identities at once under one content key: one HPKE seal per reader for the lot
  /// instead of one per identity. For a generated province (the demo, thousands of tips
  /// written at start) only; a real tip is sealed alone, with a key of its own.
  public func sealTogether(_ informants: [Tip.Informant], readers: [User]) throws
    -> [SealedIdentity]
  {
    let contentKey = SymmetricKey(size: .bits256)
    let keys = try Self.keys(contentKey, for: readers)
    // On every core, in slices (one encoder each): the demo's start waits for its tips.
    let size = max(1, informants.count / (4 * ProcessInfo.processInfo.activeProcessorCount))
    let slices = stride(from: 0, to: informants.count, by: size).map {
      Array(informants[$0..<min($0 + size, informants.count)])
    }
    let sealed = parallelMap(slices) { slice in
      Result { () throws -> [SealedIdentity] in
        let encoder = JSONEncoder.sorted
        return try slice.map { informant in
          let fields = try encoder.encode(informant.fields)
          let box = try ChaChaPoly.seal(fields, using: contentKey).combined
          return SealedIdentity(box: box.base64EncodedString(), keys: keys)
        }
      }
    }
    return try sealed.flatMap { try $0.get() }
  }

  /// The identity, for a reader whose key is `key`.
  public func open(_ sealed: SealedIdentity, with key: ReaderKey) throws(KeyProblem)
    -> Tip.Informant
  {
    let contentKey = try Self.contentKey(of: sealed, with: key)
    guard let box = Data(base64Encoded: sealed.box),
      let plain = try? ChaChaPoly.open(ChaChaPoly.SealedBox(combined: box), using: contentKey),
      let fields = try? JSONDecoder().decode([String: String].self, from: plain)
    else { throw KeyProblem.damagedSeal }
    return Tip.Informant(fields: fields)
  }

  /// The identity sealed to `readers` instead, opened with `key` (a reader's). When readers
  /// are only added, the box stays and the new readers get its key; when one is removed the
  /// identity gets a new content key, so a key they kept opens nothing written after.
  public func reseal(_ sealed: SealedIdentity, to readers: [User], with key: ReaderKey)
    throws(KeyProblem) -> SealedIdentity
  {
    let wanted = Set(readers.map(\.id))
    if sealed.readers.isSubset(of: wanted) {
      let contentKey = try Self.contentKey(of: sealed, with: key)
      var keys = sealed.keys.filter { wanted.contains($0.key) }
      do {
        let added = readers.filter { keys[$0.id] == nil }
        keys.merge(try Self.keys(contentKey, for: added)) { old, _ in old }
      } catch {
        throw error as? KeyProblem ?? .damagedSeal
      }
      return SealedIdentity(box: sealed.box, keys: keys)
    }
    let informant = try open(sealed, with: key)
    do {
      return try seal(informant, readers: readers)
    } catch {
      throw error as? KeyProblem ?? .damagedSeal
    }
  }

  static func keys(_ contentKey: SymmetricKey, for readers: [User]) throws -> [String: String] {
    var keys: [String: String] = [:]
    let secret = contentKey.withUnsafeBytes { Data($0) }
    for reader in readers {
      guard let text = reader.publicKey, let raw = Data(base64Encoded: text),
        let publicKey = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: raw)
      else { throw KeyProblem.noPublicKey(account: reader.id) }
      var sender = try HPKE.Sender(recipientKey: publicKey, ciphersuite: ciphersuite, info: info)
      let sealedKey = try sender.seal(secret)
      keys[reader.id] = (sender.encapsulatedKey + sealedKey).base64EncodedString()
    }
    return keys
  }

  static func contentKey(of sealed: SealedIdentity, with key: ReaderKey) throws(KeyProblem)
    -> SymmetricKey
  {
    guard let entry = sealed.keys[key.account] else {
      throw KeyProblem.notSealedTo(account: key.account)
    }
    guard let bytes = Data(base64Encoded: entry), bytes.count > encapsulatedBytes else {
      throw KeyProblem.damagedSeal
    }
    do {
      var recipient = try HPKE.Recipient(
        privateKey: key.privateKey, ciphersuite: ciphersuite, info: info,
        encapsulatedKey: bytes.prefix(encapsulatedBytes))
      return SymmetricKey(data: try recipient.open(bytes.dropFirst(encapsulatedBytes)))
    } catch {
      throw KeyProblem.damagedSeal
    }
  }
}

extension JSONEncoder {
  static var sorted: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return encoder
  }
}
