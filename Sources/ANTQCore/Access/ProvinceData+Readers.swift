extension ProvinceData {
  /// The users who may read an informant's identity and have a key to seal it to, by id.
  public var identityReaders: [User] {
    users.filter { $0.isIdentityReader && $0.publicKey != nil }.sorted { $0.id < $1.id }
  }

  /// The tips whose sealed identity is not sealed to exactly the readers there are now (one
  /// was added or removed since): `antq check` lists them, `antq users reseal` mends them.
  public func tipsNotSealedToReaders() -> [Tip] {
    let wanted = Set(identityReaders.map(\.id))
    return tips.filter { $0.sealedIdentity.map { $0.readers != wanted } ?? false }
  }
}
