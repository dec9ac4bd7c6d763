/// Tổ bảo vệ an ninh, trật tự ở cơ sở (Law 30/2023/QH15): belongs to exactly one commune
/// and covers one or more residential areas of it.
public struct Team: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var communeID: String
  public var name: String
  public var residentialAreaIDs: [String]
  public var founded: Day
  public var dissolved: Day?
  /// The commune chairman's decision establishing the team (Law 30/2023 art. 14).
  public var decisionNumber: String?

  public init(
    id: String, communeID: String, name: String, residentialAreaIDs: [String], founded: Day,
    dissolved: Day? = nil, decisionNumber: String? = nil
  ) {
    self.decisionNumber = decisionNumber
    self.id = id
    self.communeID = communeID
    self.name = name
    self.residentialAreaIDs = residentialAreaIDs
    self.founded = founded
    self.dissolved = dissolved
  }

  /// Active on the last day of the year.
  public func active(atEndOf year: Int) -> Bool {
    founded.year <= year && (dissolved.map { $0.year > year } ?? true)
  }
}

extension Team: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, name, residentialAreaIDs, founded, dissolved, decisionNumber
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    name = try fields.field(CodingKeys.name)
    residentialAreaIDs = try fields.field(CodingKeys.residentialAreaIDs)
    founded = try fields.field(CodingKeys.founded)
    dissolved = try fields.fieldIfPresent(CodingKeys.dissolved)
    decisionNumber = try fields.fieldIfPresent(CodingKeys.decisionNumber)
  }
}

public struct Member: Codable, Hashable, Sendable, Identifiable {
  public enum Role: String, Codable, Sendable, CaseIterable {
    case leader, deputy, member
  }
  public enum Gender: String, Codable, Sendable, CaseIterable {
    case male, female
  }
  public var id: String
  public var teamID: String
  public var fullName: String
  public var birthYear: Int
  public var gender: Gender
  public var role: Role
  public var joined: Day
  public var left: Day?
  /// Trang phục (Decree 40/2024).
  public var uniformIssued: Bool
  /// Hỗ trợ hằng tháng (Decree 40/2024).
  public var paidAllowance: Bool
  /// The full birth date (Law 30/2023 art. 13 counts age from it); older records hold the
  /// year alone.
  public var birthDate: Day?
  /// The commune chairman's decision admitting the member.
  public var admissionDecision: String?
  /// The chairman's decision allowing a member over 70 (art. 13(1)).
  public var over70Decision: String?
  /// The day the uniform was issued (Decree 40/2024).
  public var uniformIssuedOn: Day?
  /// The monthly allowance in đồng (set by the provincial council).
  public var monthlyAllowance: Int?

  public init(
    id: String, teamID: String, fullName: String, birthYear: Int, gender: Gender, role: Role,
    joined: Day, left: Day? = nil, uniformIssued: Bool, paidAllowance: Bool,
    birthDate: Day? = nil, admissionDecision: String? = nil, over70Decision: String? = nil,
    uniformIssuedOn: Day? = nil, monthlyAllowance: Int? = nil
  ) {
    self.birthDate = birthDate
    self.admissionDecision = admissionDecision
    self.over70Decision = over70Decision
    self.uniformIssuedOn = uniformIssuedOn
    self.monthlyAllowance = monthlyAllowance
    self.id = id
    self.teamID = teamID
    self.fullName = fullName
    self.birthYear = birthYear
    self.gender = gender
    self.role = role
    self.joined = joined
    self.left = left
    self.uniformIssued = uniformIssued
    self.paidAllowance = paidAllowance
  }

  public func active(atEndOf year: Int) -> Bool {
    joined.year <= year && (left.map { $0.year > year } ?? true)
  }
}

extension Member: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, teamID, fullName, birthYear, gender, role, joined, left, uniformIssued
    case paidAllowance, birthDate, admissionDecision, over70Decision, uniformIssuedOn
    case monthlyAllowance
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    teamID = try fields.field(CodingKeys.teamID)
    fullName = try fields.field(CodingKeys.fullName)
    birthYear = try fields.field(CodingKeys.birthYear)
    gender = try fields.field(CodingKeys.gender)
    role = try fields.field(CodingKeys.role)
    joined = try fields.field(CodingKeys.joined)
    left = try fields.fieldIfPresent(CodingKeys.left)
    uniformIssued = try fields.field(CodingKeys.uniformIssued)
    paidAllowance = try fields.field(CodingKeys.paidAllowance)
    birthDate = try fields.fieldIfPresent(CodingKeys.birthDate)
    admissionDecision = try fields.fieldIfPresent(CodingKeys.admissionDecision)
    over70Decision = try fields.fieldIfPresent(CodingKeys.over70Decision)
    uniformIssuedOn = try fields.fieldIfPresent(CodingKeys.uniformIssuedOn)
    monthlyAllowance = try fields.fieldIfPresent(CodingKeys.monthlyAllowance)
  }
}
