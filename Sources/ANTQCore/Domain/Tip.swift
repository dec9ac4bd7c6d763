/// Tin báo, tố giác, kiến nghị khởi tố: an intake record and its handling.
public struct Tip: Codable, Hashable, Sendable, Identifiable {
  public enum Channel: String, Codable, Sendable, CaseIterable {
    case inPerson, phone, letter, tipBox, online
  }
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case denunciation, crimeReport, prosecutionRecommendation, orderReport, other
  }
  public enum Urgency: String, Codable, Sendable, CaseIterable {
    case normal, urgent, veryUrgent
  }
  /// The commune's steps, then the investigation agency's decisions after a forward
  /// (Criminal Procedure Code arts. 147–148): extended, extended again, prosecuted, not
  /// prosecuted, suspended, resumed. Suspension is the agency's decision, not the commune's.
  public enum Stage: String, Codable, Sendable, CaseIterable {
    case received, classified, verifying, forwarded, handledAdministratively, outOfScope,
      suspended, closed
    case extended, extendedAgain, prosecuted, notProsecuted, resumed
  }
  public struct Step: Codable, Hashable, Sendable {
    public var stage: Stage
    public var at: Moment
    public var reason: String
    /// The agency's decision number (prosecute, not prosecute, suspend, resume, extension).
    public var number: String?
    /// Who granted an extension (the investigation agency's head, the procuracy).
    public var grantedBy: String?

    public init(
      stage: Stage, at: Moment, reason: String = "", number: String? = nil,
      grantedBy: String? = nil
    ) {
      self.stage = stage
      self.at = at
      self.reason = reason
      self.number = number
      self.grantedBy = grantedBy
    }
  }
  /// Confidential: shown only to a role allowed to see it.
  public struct Informant: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String
    public var address: String

    public init(name: String, phone: String, address: String) {
      self.name = name
      self.phone = phone
      self.address = address
    }
  }

  public var id: String
  public var communeID: String
  public var residentialAreaID: String?
  public var receivedAt: Moment
  public var channel: Channel
  public var kind: Kind
  public var topic: String
  public var urgency: Urgency
  public var incidentAt: Moment?
  public var summary: String
  /// nil means anonymous.
  public var informant: Informant?
  public var steps: [Step]
  /// Số biên bản tiếp nhận: the intake record's number.
  public var intakeNumber: String?
  /// The grassroots team that brought the tip, if any.
  public var teamID: String?
  /// Whether the grassroots force provided it; nil (older records) counts as the force's.
  public var byForce: Bool?
  /// The day the informant was told the outcome (art. 149).
  public var informantNotified: Day?

  public init(
    id: String, communeID: String, residentialAreaID: String?, receivedAt: Moment,
    channel: Channel, kind: Kind, topic: String, urgency: Urgency, incidentAt: Moment? = nil,
    summary: String, informant: Informant?, steps: [Step] = [], intakeNumber: String? = nil,
    teamID: String? = nil, byForce: Bool? = nil, informantNotified: Day? = nil
  ) {
    self.intakeNumber = intakeNumber
    self.teamID = teamID
    self.byForce = byForce
    self.informantNotified = informantNotified
    self.id = id
    self.communeID = communeID
    self.residentialAreaID = residentialAreaID
    self.receivedAt = receivedAt
    self.channel = channel
    self.kind = kind
    self.topic = topic
    self.urgency = urgency
    self.incidentAt = incidentAt
    self.summary = summary
    self.informant = informant
    self.steps = steps
  }

  public var day: Day { receivedAt.day }
  public var stage: Stage { steps.last?.stage ?? .received }
}
