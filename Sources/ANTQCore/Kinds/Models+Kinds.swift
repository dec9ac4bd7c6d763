extension RecordKind {
  public static let modelType = RecordKind(declaring: "modelType")
  public static let site = RecordKind(declaring: "site")
  public static let appraisal = RecordKind(declaring: "appraisal")
  public static let exemplar = RecordKind(declaring: "exemplar")
  public static let team = RecordKind(declaring: "team")
  public static let member = RecordKind(declaring: "member")
}

extension ModelType: RecordType {
  public static var kind: RecordKind { .modelType }
  public static var duty: Duty { .administration }
  public static var collectionName: String { "model-types" }
  public static var records: WritableKeyPath<ProvinceData, [ModelType]> { \.modelTypes }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
}

extension ModelSite: RecordType {
  public static var kind: RecordKind { .site }
  public static var duty: Duty { .supervision }
  public static var collectionName: String { "model-sites" }
  public static var records: WritableKeyPath<ProvinceData, [ModelSite]> { \.modelSites }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [
      RecordReference("modelTypeID", .modelType, modelTypeID), .commune(communeID),
      RecordReference("residentialAreaID", .residentialArea, residentialAreaID),
      RecordReference("institutionID", .institution, institutionID),
    ]
  }
}

extension ModelAppraisal: RecordType {
  public static var kind: RecordKind { .appraisal }
  public static var duty: Duty { .supervision }
  public static var collectionName: String { "appraisals" }
  public static var isDated: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [ModelAppraisal]> { \.appraisals }
  public var fileYear: Int? { year }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [RecordReference("siteID", .site, siteID)] }
}

extension Exemplar: RecordType {
  public static var kind: RecordKind { .exemplar }
  public static var duty: Duty { .supervision }
  public static var collectionName: String { "exemplars" }
  public static var records: WritableKeyPath<ProvinceData, [Exemplar]> { \.exemplars }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [RecordReference("siteID", .site, siteID)] }
}

extension Team: RecordType {
  public static var kind: RecordKind { .team }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "teams" }
  public static var records: WritableKeyPath<ProvinceData, [Team]> { \.teams }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public func warnings(_ validator: Validator) -> [ValidationIssue] { validator.warnings(self) }
  public var references: [RecordReference] {
    [
      .commune(communeID),
      RecordReference("residentialAreaIDs", .residentialArea, residentialAreaIDs),
    ]
  }
}

extension Member: RecordType {
  public static var kind: RecordKind { .member }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "members" }
  public static var records: WritableKeyPath<ProvinceData, [Member]> { \.members }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public func warnings(_ validator: Validator) -> [ValidationIssue] { validator.warnings(self) }
  public var references: [RecordReference] { [RecordReference("teamID", .team, teamID)] }
}
