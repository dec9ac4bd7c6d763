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
}
