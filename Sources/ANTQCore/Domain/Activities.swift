/// Vụ việc: an incident the movement's forces helped resolve.
public struct Incident: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var communeID: String
  public var residentialAreaID: String?
  public var day: Day
  public var summary: String
  /// The grassroots team that took part, if known.
  public var teamID: String?
  /// Whether the grassroots force took part; nil (records from before the question was asked)
  /// counts as the force's, as the province's report did.
  public var byForce: Bool?

  public init(
    id: String, communeID: String, residentialAreaID: String? = nil, day: Day, summary: String,
    teamID: String? = nil, byForce: Bool? = nil
  ) {
    self.teamID = teamID
    self.byForce = byForce
    self.id = id
    self.communeID = communeID
    self.residentialAreaID = residentialAreaID
    self.day = day
    self.summary = summary
  }
}

extension Incident: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, residentialAreaID, day, summary, teamID, byForce
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    residentialAreaID = try fields.fieldIfPresent(CodingKeys.residentialAreaID)
    day = try fields.field(CodingKeys.day)
    summary = try fields.field(CodingKeys.summary)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
  }
}

/// Tuyên truyền, phổ biến giáo dục pháp luật: one outreach session.
public struct OutreachSession: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var communeID: String
  public var day: Day
  public var topic: String
  public var attendees: Int
  /// The grassroots team that took part, if known.
  public var teamID: String?
  /// Whether the grassroots force took part; nil (records from before the question was asked)
  /// counts as the force's, as the province's report did.
  public var byForce: Bool?

  public init(
    id: String, communeID: String, day: Day, topic: String, attendees: Int,
    teamID: String? = nil, byForce: Bool? = nil
  ) {
    self.teamID = teamID
    self.byForce = byForce
    self.id = id
    self.communeID = communeID
    self.day = day
    self.topic = topic
    self.attendees = attendees
  }
}

extension OutreachSession: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, day, topic, attendees, teamID, byForce
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    day = try fields.field(CodingKeys.day)
    topic = try fields.field(CodingKeys.topic)
    attendees = try fields.field(CodingKeys.attendees)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
  }
}

/// Hướng dẫn phân luồng giao thông: one traffic-guidance duty.
public struct TrafficDuty: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var communeID: String
  public var day: Day
  public var location: String
  public var participants: Int
  /// The grassroots team that took part, if known.
  public var teamID: String?
  /// Whether the grassroots force took part; nil (records from before the question was asked)
  /// counts as the force's, as the province's report did.
  public var byForce: Bool?

  public init(
    id: String, communeID: String, day: Day, location: String, participants: Int,
    teamID: String? = nil, byForce: Bool? = nil
  ) {
    self.teamID = teamID
    self.byForce = byForce
    self.id = id
    self.communeID = communeID
    self.day = day
    self.location = location
    self.participants = participants
  }
}

extension TrafficDuty: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, day, location, participants, teamID, byForce
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    day = try fields.field(CodingKeys.day)
    location = try fields.field(CodingKeys.location)
    participants = try fields.field(CodingKeys.participants)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
  }
}

/// Đối tượng truy nã: a wanted person arrested or talked into surrendering with people's help.
public struct WantedPersonCase: Codable, Hashable, Sendable, Identifiable {
  public enum Outcome: String, Codable, Sendable, CaseIterable {
    case arrested, surrendered
  }
  public var id: String
  public var communeID: String
  public var day: Day
  public var outcome: Outcome
  public var caseReference: String

  public init(id: String, communeID: String, day: Day, outcome: Outcome, caseReference: String) {
    self.id = id
    self.communeID = communeID
    self.day = day
    self.outcome = outcome
    self.caseReference = caseReference
  }
}

extension WantedPersonCase: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, day, outcome, caseReference
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    day = try fields.field(CodingKeys.day)
    outcome = try fields.field(CodingKeys.outcome)
    caseReference = try fields.field(CodingKeys.caseReference)
  }
}
