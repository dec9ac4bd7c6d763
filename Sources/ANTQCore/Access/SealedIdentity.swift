/// An informant's identity as files, journals, backups and exports carry it: the identity
/// encrypted once with a key of its own (`box`), and that key sealed to each reader's public
/// key (`keys`, by account). Opaque here; ANTQSecurity seals and opens it.
public struct SealedIdentity: Codable, Hashable, Sendable {
  public var box: String
  public var keys: [String: String]

  public init(box: String, keys: [String: String]) {
    self.box = box
    self.keys = keys
  }

  /// The accounts that can open it.
  public var readers: Set<String> { Set(keys.keys) }
}

/// Seals an informant's identity to the province's readers; the store asks for it before a
/// tip with an identity in clear reaches a journal.
public protocol IdentitySealing: Sendable {
  func seal(_ informant: Tip.Informant, readers: [User]) throws -> SealedIdentity
}

extension SealedIdentity: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case box, keys
  }

  @inlinable public init(fields: some FieldSource) throws {
    box = try fields.field(CodingKeys.box)
    keys = try fields.field(CodingKeys.keys)
  }
}
