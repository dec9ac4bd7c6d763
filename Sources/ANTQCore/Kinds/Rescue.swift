/// "Cứu nạn, cứu hộ": one rescue operation the commune's forces took part in.
public struct Rescue: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var communeID: String
  public var day: Day
  public var summary: String
  public var peopleRescued: Int
  public var teamID: String?
  /// Whether the grassroots force took part; nil counts as the force's.
  public var byForce: Bool?

  public init(
    id: String, communeID: String, day: Day, summary: String, peopleRescued: Int = 0,
    teamID: String? = nil, byForce: Bool? = nil
  ) {
    self.id = id
    self.communeID = communeID
    self.day = day
    self.summary = summary
    self.peopleRescued = peopleRescued
    self.teamID = teamID
    self.byForce = byForce
  }
}

extension Rescue: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, day, summary, peopleRescued, teamID, byForce
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    day = try fields.field(CodingKeys.day)
    summary = try fields.field(CodingKeys.summary)
    peopleRescued = try fields.field(CodingKeys.peopleRescued)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
  }
}

extension RecordKind {
  public static let rescue = RecordKind(declaring: "rescue")
}

extension Rescue: ActivityRecord, ForceCredited {
  public static var kind: RecordKind { .rescue }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "rescues" }
  public static var fileMayBeMissing: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [Rescue]> { \.rescues }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [.commune(communeID), RecordReference("teamID", .team, teamID)]
  }
}

extension Validator {
  public func check(_ rescue: Rescue) -> [ValidationIssue] {
    FieldRules.text(rescue.summary, field: "summary")
      + [
        communeExists(rescue.communeID), FieldRules.day(rescue.day, field: "day", today: today),
        FieldRules.count(rescue.peopleRescued, field: "peopleRescued"),
        rescue.teamID.flatMap { team($0, inCommune: rescue.communeID) },
      ].compactMap { $0 }
  }
}
