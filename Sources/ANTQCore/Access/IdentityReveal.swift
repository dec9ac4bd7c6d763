/// One look at a tip's sealed informant identity: who, when, which tip and why. Recorded
/// before the identity is shown; never removed.
public struct IdentityReveal: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var tipID: String
  public var account: String
  public var at: Moment
  public var reason: String

  public init(id: String, tipID: String, account: String, at: Moment, reason: String) {
    self.id = id
    self.tipID = tipID
    self.account = account
    self.at = at
    self.reason = reason
  }
}

extension IdentityReveal: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, tipID, account, at, reason
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    tipID = try fields.field(CodingKeys.tipID)
    account = try fields.field(CodingKeys.account)
    at = try fields.field(CodingKeys.at)
    reason = try fields.field(CodingKeys.reason)
  }
}

extension RecordKind {
  public static let reveal = RecordKind(declaring: "reveal")
}

extension IdentityReveal: RecordType {
  public static var kind: RecordKind { .reveal }
  public static var duty: Duty { .revealing }
  public static var collectionName: String { "reveals" }
  public static var fileMayBeMissing: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [IdentityReveal]> { \.reveals }
  public func issues(_ validator: Validator) -> [ValidationIssue] {
    FieldRules.text(reason, field: "reason")
  }
  public var references: [RecordReference] { [RecordReference("tipID", .tip, tipID)] }
}
