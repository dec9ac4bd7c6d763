/// A person registered to work in the console: their account name is the id journals name
/// them by (`by`), whether they log in to the machine with it or give it with a password.
public struct User: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var fullName: String
  /// Cấp bậc, chức vụ.
  public var rank: String
  public var role: Role
  /// A clerk's communes; empty for the other roles.
  public var communeIDs: [String]
  /// Named by the admin as a reader of informants' identities (supervisors always are).
  public var readsIdentities: Bool
  /// The moment the admin disabled the user; their changes after it are refused.
  public var disabledAt: Moment?
  /// Only for people who log in by name on a shared machine account.
  public var password: PasswordRecord?
  /// The public half of the user's key pair (X25519, base64): identities are sealed to it.
  public var publicKey: String?
  /// The private half, sealed with a key derived from the password; nil when the key lives
  /// in a file only the user's account can read.
  public var wrappedPrivateKey: String?

  public init(
    id: String, fullName: String, rank: String = "", role: Role, communeIDs: [String] = [],
    readsIdentities: Bool = false, disabledAt: Moment? = nil, password: PasswordRecord? = nil,
    publicKey: String? = nil, wrappedPrivateKey: String? = nil
  ) {
    self.id = id
    self.fullName = fullName
    self.rank = rank
    self.role = role
    self.communeIDs = communeIDs
    self.readsIdentities = readsIdentities
    self.disabledAt = disabledAt
    self.password = password
    self.publicKey = publicKey
    self.wrappedPrivateKey = wrappedPrivateKey
  }

  public var isDisabled: Bool { disabledAt != nil }

  /// Whether identities are sealed to this user: supervisors, admins and named readers who
  /// are not disabled.
  public var isIdentityReader: Bool {
    !isDisabled && (role >= .supervisor || readsIdentities)
  }

  /// Whether the user works for the commune (clerks); the other roles work for all.
  public func worksFor(commune id: String) -> Bool {
    role != .clerk || communeIDs.contains(id)
  }
}

extension User: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, fullName, rank, role, communeIDs, readsIdentities, disabledAt, password, publicKey
    case wrappedPrivateKey
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    fullName = try fields.field(CodingKeys.fullName)
    rank = try fields.field(CodingKeys.rank)
    role = try fields.field(CodingKeys.role)
    communeIDs = try fields.field(CodingKeys.communeIDs)
    readsIdentities = try fields.field(CodingKeys.readsIdentities)
    disabledAt = try fields.fieldIfPresent(CodingKeys.disabledAt)
    password = try fields.fieldIfPresent(CodingKeys.password)
    publicKey = try fields.fieldIfPresent(CodingKeys.publicKey)
    wrappedPrivateKey = try fields.fieldIfPresent(CodingKeys.wrappedPrivateKey)
  }
}

/// A password as a memory-hard hash: the scheme, its parameters, the salt and the hash
/// (base64). Never the password itself. Wrong tries are counted beside the folder, not here
/// (`LoginAttempts`), so a wrong password is not a change of the province.
public struct PasswordRecord: Codable, Hashable, Sendable {
  public var scheme: String
  public var salt: String
  public var hash: String
  public var cost: Int
  public var blockSize: Int
  public var parallelism: Int

  public init(
    scheme: String, salt: String, hash: String, cost: Int, blockSize: Int, parallelism: Int
  ) {
    self.scheme = scheme
    self.salt = salt
    self.hash = hash
    self.cost = cost
    self.blockSize = blockSize
    self.parallelism = parallelism
  }
}

extension RecordKind {
  public static let user = RecordKind(declaring: "user")
}

extension User: RecordType {
  public static var kind: RecordKind { .user }
  public static var duty: Duty { .administration }
  public static var collectionName: String { "users" }
  public static var fileMayBeMissing: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [User]> { \.users }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [RecordReference("communeIDs", .commune, communeIDs)]
  }
}
