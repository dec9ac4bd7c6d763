/// Mô hình: a kind of movement model (guidance 22/HD-BCA-V05).
public struct ModelType: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var summary: String
  /// The motto's part the model mainly serves.
  public var mainKind: MainKind?

  /// "tự phòng, tự quản, tự bảo vệ, tự hòa giải" (HD 22/HD-BCA-V05).
  public enum MainKind: String, Codable, Sendable, CaseIterable {
    case selfPrevention, selfManagement, selfProtection, selfMediation
  }

  public init(id: String, name: String, summary: String = "", mainKind: MainKind? = nil) {
    self.mainKind = mainKind
    self.id = id
    self.name = name
    self.summary = summary
  }
}

extension ModelType: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, name, summary, mainKind
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    name = try fields.field(CodingKeys.name)
    summary = try fields.field(CodingKeys.summary)
    mainKind = try fields.fieldIfPresent(CodingKeys.mainKind)
  }
}

/// Điểm: one place where a model runs. Counts from its start year until retired.
public struct ModelSite: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var modelTypeID: String
  public var communeID: String
  public var residentialAreaID: String?
  public var name: String
  public var startYear: Int
  public var retiredYear: Int?
  /// At an agency, enterprise or school instead of (or within) a residential area.
  public var institutionID: String?
  /// Run by a provincial unit (the provincial police's cyber-crime channel), named.
  public var provincialUnit: String?
  /// Camera points of the site ("66 mắt camera").
  public var cameras: Int?
  /// "Tổng số Tổ thực hiện": how many groups carry the model out there.
  public var groups: Int?
  /// "Người có uy tín" helping the model, by name.
  public var respectedPersons: [String]?

  public init(
    id: String, modelTypeID: String, communeID: String, residentialAreaID: String? = nil,
    name: String, startYear: Int, retiredYear: Int? = nil, institutionID: String? = nil,
    provincialUnit: String? = nil, cameras: Int? = nil, groups: Int? = nil,
    respectedPersons: [String]? = nil
  ) {
    self.institutionID = institutionID
    self.provincialUnit = provincialUnit
    self.cameras = cameras
    self.groups = groups
    self.respectedPersons = respectedPersons
    self.id = id
    self.modelTypeID = modelTypeID
    self.communeID = communeID
    self.residentialAreaID = residentialAreaID
    self.name = name
    self.startYear = startYear
    self.retiredYear = retiredYear
  }

  public func runs(in year: Int) -> Bool {
    startYear <= year && (retiredYear.map { year < $0 } ?? true)
  }
}

extension ModelSite: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, modelTypeID, communeID, residentialAreaID, name, startYear, retiredYear
    case institutionID, provincialUnit, cameras, groups, respectedPersons
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    modelTypeID = try fields.field(CodingKeys.modelTypeID)
    communeID = try fields.field(CodingKeys.communeID)
    residentialAreaID = try fields.fieldIfPresent(CodingKeys.residentialAreaID)
    name = try fields.field(CodingKeys.name)
    startYear = try fields.field(CodingKeys.startYear)
    retiredYear = try fields.fieldIfPresent(CodingKeys.retiredYear)
    institutionID = try fields.fieldIfPresent(CodingKeys.institutionID)
    provincialUnit = try fields.fieldIfPresent(CodingKeys.provincialUnit)
    cameras = try fields.fieldIfPresent(CodingKeys.cameras)
    groups = try fields.fieldIfPresent(CodingKeys.groups)
    respectedPersons = try fields.fieldIfPresent(CodingKeys.respectedPersons)
  }
}

/// Thẩm định: the yearly appraisal of a model at one site.
public struct ModelAppraisal: Codable, Hashable, Sendable, Identifiable {
  public enum Result: String, Codable, Sendable, CaseIterable {
    case effective, notEffective, proposeRetire
  }
  public var id: String
  public var siteID: String
  public var year: Int
  public var result: Result
  public var decisionNumber: String

  public init(id: String, siteID: String, year: Int, result: Result, decisionNumber: String) {
    self.id = id
    self.siteID = siteID
    self.year = year
    self.result = result
    self.decisionNumber = decisionNumber
  }
}

extension ModelAppraisal: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, siteID, year, result, decisionNumber
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    siteID = try fields.field(CodingKeys.siteID)
    year = try fields.field(CodingKeys.year)
    result = try fields.field(CodingKeys.result)
    decisionNumber = try fields.field(CodingKeys.decisionNumber)
  }
}

/// Điển hình tiên tiến: an advanced exemplar, recognised in a year, until withdrawn.
public struct Exemplar: Codable, Hashable, Sendable, Identifiable {
  public var id: String
  public var siteID: String
  public var name: String
  public var year: Int
  public var withdrawnYear: Int?
  /// A group or a person ("tập thể, cá nhân").
  public var holder: Holder?

  public enum Holder: String, Codable, Sendable, CaseIterable {
    case group, person
  }

  public init(
    id: String, siteID: String, name: String, year: Int, withdrawnYear: Int? = nil,
    holder: Holder? = nil
  ) {
    self.holder = holder
    self.id = id
    self.siteID = siteID
    self.name = name
    self.year = year
    self.withdrawnYear = withdrawnYear
  }

  public func holds(in year: Int) -> Bool {
    self.year <= year && (withdrawnYear.map { year < $0 } ?? true)
  }
}

extension Exemplar: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, siteID, name, year, withdrawnYear, holder
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    siteID = try fields.field(CodingKeys.siteID)
    name = try fields.field(CodingKeys.name)
    year = try fields.field(CodingKeys.year)
    withdrawnYear = try fields.fieldIfPresent(CodingKeys.withdrawnYear)
    holder = try fields.fieldIfPresent(CodingKeys.holder)
  }
}
