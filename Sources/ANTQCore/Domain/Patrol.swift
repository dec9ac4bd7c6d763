/// Tuần tra nhân dân: one people's patrol.
public struct Patrol: Codable, Hashable, Sendable, Identifiable {
  public struct Participants: Codable, Hashable, Sendable {
    public var police: Int
    public var militia: Int
    public var teamMembers: Int

    public init(police: Int, militia: Int, teamMembers: Int) {
      self.police = police
      self.militia = militia
      self.teamMembers = teamMembers
    }

    public var total: Int { police + militia + teamMembers }

    @usableFromInline enum CodingKeys: String, CodingKey { case police, militia, teamMembers }
  }
  public var id: String
  public var communeID: String
  public var teamID: String?
  public var start: Moment
  public var end: Moment
  public var residentialAreaIDs: [String]
  public var route: String
  public var participants: Participants
  public var findings: String
  public var tipsCollected: Int
  public var notes: String
  /// Whether the grassroots force took part; nil (older records) counts as the force's.
  public var byForce: Bool?

  public init(
    id: String, communeID: String, teamID: String?, start: Moment, end: Moment,
    residentialAreaIDs: [String], route: String, participants: Participants,
    findings: String = "", tipsCollected: Int = 0, notes: String = "", byForce: Bool? = nil
  ) {
    self.byForce = byForce
    self.id = id
    self.communeID = communeID
    self.teamID = teamID
    self.start = start
    self.end = end
    self.residentialAreaIDs = residentialAreaIDs
    self.route = route
    self.participants = participants
    self.findings = findings
    self.tipsCollected = tipsCollected
    self.notes = notes
  }

  public var day: Day { start.day }

  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, teamID, start, end, residentialAreaIDs, route, participants, findings
    case tipsCollected, notes, byForce
  }
}

extension Patrol: FieldReadable {
  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    start = try fields.field(CodingKeys.start)
    end = try fields.field(CodingKeys.end)
    residentialAreaIDs = try fields.field(CodingKeys.residentialAreaIDs)
    route = try fields.field(CodingKeys.route)
    participants = try fields.field(CodingKeys.participants)
    findings = try fields.field(CodingKeys.findings)
    tipsCollected = try fields.field(CodingKeys.tipsCollected)
    notes = try fields.field(CodingKeys.notes)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
  }
}

extension Patrol.Participants: FieldReadable {
  @inlinable public init(fields: some FieldSource) throws {
    police = try fields.field(CodingKeys.police)
    militia = try fields.field(CodingKeys.militia)
    teamMembers = try fields.field(CodingKeys.teamMembers)
  }
}
