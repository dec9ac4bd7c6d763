/// What a yearly classification or recognition is about.
public struct Subject: Codable, Hashable, Sendable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case commune, residentialArea, institution
  }
  public var kind: Kind
  public var id: String

  public init(_ kind: Kind, _ id: String) {
    self.kind = kind
    self.id = id
  }
}

extension Subject: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case kind, id
  }

  @inlinable public init(fields: some FieldSource) throws {
    kind = try fields.field(CodingKeys.kind)
    id = try fields.field(CodingKeys.id)
  }
}

/// One yearly "An toàn về an ninh, trật tự" decision (Circular 124/2021/TT-BCA).
public struct SafetyAssessment: Codable, Hashable, Sendable, Identifiable {
  public enum Result: String, Codable, Sendable, CaseIterable {
    case met, notMet
  }
  public var id: String
  public var year: Int
  public var subject: Subject
  public var result: Result
  public var decisionNumber: String
  public var decisionDate: Day
  /// The body that issued the decision (UBND xã, UBND tỉnh…).
  public var issuedBy: String?

  public init(
    id: String, year: Int, subject: Subject, result: Result, decisionNumber: String,
    decisionDate: Day, issuedBy: String? = nil
  ) {
    self.issuedBy = issuedBy
    self.id = id
    self.year = year
    self.subject = subject
    self.result = result
    self.decisionNumber = decisionNumber
    self.decisionDate = decisionDate
  }
}

extension SafetyAssessment: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, year, subject, result, decisionNumber, decisionDate, issuedBy
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    year = try fields.field(CodingKeys.year)
    subject = try fields.field(CodingKeys.subject)
    result = try fields.field(CodingKeys.result)
    decisionNumber = try fields.field(CodingKeys.decisionNumber)
    decisionDate = try fields.field(CodingKeys.decisionDate)
    issuedBy = try fields.fieldIfPresent(CodingKeys.issuedBy)
  }
}

/// Recognition under the new-rural programme: a xã meeting the standard, or a residential
/// area recognised as a model new-rural area. Holds from its year until revoked.
public struct NewRuralRecognition: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var subject: Subject
  public var year: Int
  public var revokedYear: Int?

  public init(id: String, subject: Subject, year: Int, revokedYear: Int? = nil) {
    self.id = id
    self.subject = subject
    self.year = year
    self.revokedYear = revokedYear
  }

  public func holds(in year: Int) -> Bool {
    self.year <= year && (revokedYear.map { year < $0 } ?? true)
  }
}

extension NewRuralRecognition: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, subject, year, revokedYear
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    subject = try fields.field(CodingKeys.subject)
    year = try fields.field(CodingKeys.year)
    revokedYear = try fields.fieldIfPresent(CodingKeys.revokedYear)
  }
}
