extension RecordKind {
  public static let commune = RecordKind(declaring: "commune")
  public static let residentialArea = RecordKind(declaring: "residentialArea")
  public static let institution = RecordKind(declaring: "institution")
  public static let assessment = RecordKind(declaring: "assessment")
  public static let newRural = RecordKind(declaring: "newRural")
}

extension Commune: RecordType {
  public static var kind: RecordKind { .commune }
  public static var duty: Duty { .administration }
  public static var collectionName: String { "communes" }
  public static var records: WritableKeyPath<ProvinceData, [Commune]> { \.communes }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
}

extension ResidentialArea: RecordType {
  public static var kind: RecordKind { .residentialArea }
  public static var duty: Duty { .administration }
  public static var collectionName: String { "residential-areas" }
  public static var records: WritableKeyPath<ProvinceData, [ResidentialArea]> {
    \.residentialAreas
  }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [.commune(communeID)] }
}

extension Institution: RecordType {
  public static var kind: RecordKind { .institution }
  public static var duty: Duty { .administration }
  public static var collectionName: String { "institutions" }
  public static var records: WritableKeyPath<ProvinceData, [Institution]> { \.institutions }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [.commune(communeID)] }
}

extension Subject {
  var reference: RecordReference {
    switch kind {
    case .commune: return RecordReference("subject.id", .commune, id)
    case .residentialArea: return RecordReference("subject.id", .residentialArea, id)
    case .institution: return RecordReference("subject.id", .institution, id)
    }
  }
}

extension SafetyAssessment: RecordType {
  public static var kind: RecordKind { .assessment }
  public static var duty: Duty { .supervision }
  public static var collectionName: String { "assessments" }
  public static var isDated: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [SafetyAssessment]> { \.assessments }
  public var fileYear: Int? { year }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public func warnings(_ validator: Validator) -> [ValidationIssue] { validator.warnings(self) }
  public var references: [RecordReference] { [subject.reference] }
}

extension NewRuralRecognition: RecordType {
  public static var kind: RecordKind { .newRural }
  public static var duty: Duty { .supervision }
  public static var collectionName: String { "new-rural" }
  public static var records: WritableKeyPath<ProvinceData, [NewRuralRecognition]> { \.newRural }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [subject.reference] }
}
