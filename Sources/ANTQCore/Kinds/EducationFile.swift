/// "Hồ sơ giáo dục tại xã, phường, đưa vào trường giáo dưỡng, cơ sở cai nghiện bắt buộc":
/// a file for education at the commune, or a referral to reform school or compulsory
/// rehabilitation, dated by the day it was opened.
public struct EducationFile: Codable, Hashable, Sendable, Identifiable {
  public enum Measure: String, Codable, Sendable, CaseIterable {
    case educationAtCommune, reformSchool, compulsoryRehab
  }
  public var id: String
  public var communeID: String
  public var fullName: String
  public var measure: Measure
  public var day: Day
  public var decisionNumber: String

  public init(
    id: String, communeID: String, fullName: String, measure: Measure, day: Day,
    decisionNumber: String = ""
  ) {
    self.id = id
    self.communeID = communeID
    self.fullName = fullName
    self.measure = measure
    self.day = day
    self.decisionNumber = decisionNumber
  }
}

extension EducationFile: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, fullName, measure, day, decisionNumber
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    fullName = try fields.field(CodingKeys.fullName)
    measure = try fields.field(CodingKeys.measure)
    day = try fields.field(CodingKeys.day)
    decisionNumber = try fields.field(CodingKeys.decisionNumber)
  }
}

extension RecordKind {
  public static let educationFile = RecordKind(declaring: "educationFile")
}

extension EducationFile: ActivityRecord {
  public static var kind: RecordKind { .educationFile }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "education-files" }
  public static var fileMayBeMissing: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [EducationFile]> { \.educationFiles }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [.commune(communeID)] }
}

extension Validator {
  public func check(_ file: EducationFile) -> [ValidationIssue] {
    FieldRules.text(file.fullName, field: "fullName")
      + FieldRules.text(file.decisionNumber, field: "decisionNumber", required: false)
      + [communeExists(file.communeID), FieldRules.day(file.day, field: "day", today: today)]
      .compactMap { $0 }
  }
}
