/// Commune-level unit: xã, phường or đặc khu.
public struct Commune: Codable, Hashable, Sendable, Identifiable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case xa, phuong, dacKhu
  }
  public var id: String
  public var name: String
  public var kind: Kind
  /// Remote communes get 48 hours, not 24, to forward a tip.
  public var remote: Bool

  public init(id: String, name: String, kind: Kind, remote: Bool = false) {
    self.id = id
    self.name = name
    self.kind = kind
    self.remote = remote
  }
}

extension Commune: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, name, kind, remote
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    name = try fields.field(CodingKeys.name)
    kind = try fields.field(CodingKeys.kind)
    remote = try fields.field(CodingKeys.remote)
  }
}

/// Khu dân cư: thôn, tổ dân phố, bản, ấp — the unit of the safety classification.
public struct ResidentialArea: Codable, Hashable, Sendable, Identifiable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case thon, toDanPho, ban, ap, khu
  }
  public var id: String
  public var communeID: String
  public var name: String
  public var kind: Kind

  public init(id: String, communeID: String, name: String, kind: Kind) {
    self.id = id
    self.communeID = communeID
    self.name = name
    self.kind = kind
  }
}

extension ResidentialArea: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, name, kind
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    name = try fields.field(CodingKeys.name)
    kind = try fields.field(CodingKeys.kind)
  }
}

/// Cơ quan, doanh nghiệp, cơ sở giáo dục: also classified yearly.
public struct Institution: Codable, Hashable, Sendable, Identifiable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case agency, enterprise, school
  }
  /// What Circular 124/2021 art. 1(2)(b) leaves out of the classification.
  public enum OutOfScope: String, Codable, Sendable, CaseIterable {
    case primarySchool, kindergarten, creche, smallEnterprise, microEnterprise, armedForces
  }
  public var id: String
  public var communeID: String
  public var name: String
  public var kind: Kind
  /// Recorded but not classified and not counted.
  public var outOfScope: OutOfScope?

  public var classified: Bool { outOfScope == nil }

  public init(
    id: String, communeID: String, name: String, kind: Kind, outOfScope: OutOfScope? = nil
  ) {
    self.outOfScope = outOfScope
    self.id = id
    self.communeID = communeID
    self.name = name
    self.kind = kind
  }
}

extension Institution: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, name, kind, outOfScope
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    name = try fields.field(CodingKeys.name)
    kind = try fields.field(CodingKeys.kind)
    outOfScope = try fields.fieldIfPresent(CodingKeys.outOfScope)
  }
}
