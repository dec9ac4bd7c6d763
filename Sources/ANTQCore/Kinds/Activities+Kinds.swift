extension RecordKind {
  public static let patrol = RecordKind(declaring: "patrol")
  public static let tip = RecordKind(declaring: "tip")
  public static let incident = RecordKind(declaring: "incident")
  public static let outreach = RecordKind(declaring: "outreach")
  public static let trafficDuty = RecordKind(declaring: "trafficDuty")
  public static let wantedCase = RecordKind(declaring: "wantedCase")
}

/// An activity log: one file per year, counted by its day.
public protocol ActivityRecord: RecordType {
  var day: Day { get }
  var communeID: String { get }
}

extension ActivityRecord {
  public static var isDated: Bool { true }
  public static var isActivity: Bool { true }
  public var fileYear: Int? { day.year }
}

extension Patrol: ActivityRecord {
  public static var kind: RecordKind { .patrol }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "patrols" }
  public static var records: WritableKeyPath<ProvinceData, [Patrol]> { \.patrols }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [
      .commune(communeID), RecordReference("teamID", .team, teamID),
      RecordReference("residentialAreaIDs", .residentialArea, residentialAreaIDs),
    ]
  }
}

extension Tip: ActivityRecord {
  public static var kind: RecordKind { .tip }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "tips" }
  public static var records: WritableKeyPath<ProvinceData, [Tip]> { \.tips }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public func warnings(_ validator: Validator) -> [ValidationIssue] { validator.warnings(self) }
  public var references: [RecordReference] {
    [
      .commune(communeID),
      RecordReference("residentialAreaID", .residentialArea, residentialAreaID),
      RecordReference("teamID", .team, teamID),
    ]
  }
}

extension Incident: ActivityRecord {
  public static var kind: RecordKind { .incident }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "incidents" }
  public static var records: WritableKeyPath<ProvinceData, [Incident]> { \.incidents }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [
      .commune(communeID),
      RecordReference("residentialAreaID", .residentialArea, residentialAreaID),
      RecordReference("teamID", .team, teamID),
    ]
  }
}

extension OutreachSession: ActivityRecord {
  public static var kind: RecordKind { .outreach }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "outreach" }
  public static var records: WritableKeyPath<ProvinceData, [OutreachSession]> { \.outreach }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [.commune(communeID), RecordReference("teamID", .team, teamID)]
  }
}

extension TrafficDuty: ActivityRecord {
  public static var kind: RecordKind { .trafficDuty }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "traffic" }
  public static var records: WritableKeyPath<ProvinceData, [TrafficDuty]> { \.trafficDuties }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [.commune(communeID), RecordReference("teamID", .team, teamID)]
  }
}

extension WantedPersonCase: ActivityRecord {
  public static var kind: RecordKind { .wantedCase }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "wanted" }
  public static var records: WritableKeyPath<ProvinceData, [WantedPersonCase]> { \.wantedCases }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] { [.commune(communeID)] }
}
