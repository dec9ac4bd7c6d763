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
  /// Confidential: in clear only in the memory of the console that typed or revealed it.
  /// Encoding one fails (`IdentityInClear`), so no file, journal or export can carry it; the
  /// store seals it into `sealedIdentity` first. Older folders' clear identities still decode,
  /// to be sealed when they open.
  public struct Informant: Codable, Hashable, Sendable {
    public var name: String
    public var phone: String
    public var address: String
    /// Số CCCD / CMND.
    public var idNumber: String

    public init(name: String, phone: String, address: String, idNumber: String = "") {
      self.name = name
      self.phone = phone
      self.address = address
      self.idNumber = idNumber
    }

    private enum Keys: String, CodingKey { case name, phone, address, idNumber }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Keys.self)
      name = try c.decode(String.self, forKey: .name)
      phone = try c.decode(String.self, forKey: .phone)
      address = try c.decode(String.self, forKey: .address)
      idNumber = try c.decodeIfPresent(String.self, forKey: .idNumber) ?? ""
    }

    /// Never written: the store seals an identity before anything is encoded, so a file,
    /// journal or export carrying one in clear is a bug that must fail loudly.
    public func encode(to encoder: any Encoder) throws {
      throw IdentityInClear(codingPath: encoder.codingPath)
    }

    /// The identity as the sealed box holds it.
    public var fields: [String: String] {
      ["name": name, "phone": phone, "address": address, "idNumber": idNumber]
    }

    public init(fields: [String: String]) {
      self.init(
        name: fields["name"] ?? "", phone: fields["phone"] ?? "",
        address: fields["address"] ?? "", idNumber: fields["idNumber"] ?? "")
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
  /// The identity in clear, only between typing (or revealing) it and sealing it; nil once
  /// sealed and for an anonymous tip.
  public var informant: Informant?
  /// The identity as every file carries it; nil with `informant` nil means anonymous.
  public var sealedIdentity: SealedIdentity?
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
    teamID: String? = nil, byForce: Bool? = nil, informantNotified: Day? = nil,
    sealedIdentity: SealedIdentity? = nil
  ) {
    self.sealedIdentity = sealedIdentity
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
  /// Anonymous: no identity, neither in clear nor sealed.
  public var isAnonymous: Bool { informant == nil && sealedIdentity == nil }
  public var stage: Stage { steps.last?.stage ?? .received }
}

/// An informant's identity was about to be written in clear: the write is refused.
public struct IdentityInClear: Error, CustomStringConvertible {
  public let codingPath: [any CodingKey]
  public var description: String { "an informant's identity must be sealed before it is written" }
}

extension Tip: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, residentialAreaID, receivedAt, channel, kind, topic, urgency, incidentAt
    case summary, informant, sealedIdentity, steps, intakeNumber, teamID, byForce
    case informantNotified
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    residentialAreaID = try fields.fieldIfPresent(CodingKeys.residentialAreaID)
    receivedAt = try fields.field(CodingKeys.receivedAt)
    channel = try fields.field(CodingKeys.channel)
    kind = try fields.field(CodingKeys.kind)
    topic = try fields.field(CodingKeys.topic)
    urgency = try fields.field(CodingKeys.urgency)
    incidentAt = try fields.fieldIfPresent(CodingKeys.incidentAt)
    summary = try fields.field(CodingKeys.summary)
    informant = try fields.fieldIfPresent(CodingKeys.informant)
    sealedIdentity = try fields.fieldIfPresent(CodingKeys.sealedIdentity)
    steps = try fields.field(CodingKeys.steps)
    intakeNumber = try fields.fieldIfPresent(CodingKeys.intakeNumber)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
    byForce = try fields.fieldIfPresent(CodingKeys.byForce)
    informantNotified = try fields.fieldIfPresent(CodingKeys.informantNotified)
  }
}

extension Tip.Step: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case stage, at, reason, number, grantedBy
  }

  @inlinable public init(fields: some FieldSource) throws {
    stage = try fields.field(CodingKeys.stage)
    at = try fields.field(CodingKeys.at)
    reason = try fields.field(CodingKeys.reason)
    number = try fields.fieldIfPresent(CodingKeys.number)
    grantedBy = try fields.fieldIfPresent(CodingKeys.grantedBy)
  }
}
