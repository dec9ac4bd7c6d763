/// One record of any kind: what a change carries.
public struct Record: Hashable, Sendable {
  public let value: any RecordType

  public init(_ value: some RecordType) { self.value = value }

  public var kind: RecordKind { type(of: value).kind }
  public var id: String { value.id }
  /// The year of a dated record (the year's file it lives in); nil for a register record.
  public var year: Int? { value.fileYear }

  /// The record as `T`, or nil when it is of another kind.
  public func `as`<T: RecordType>(_: T.Type) -> T? { value as? T }

  public static func == (lhs: Record, rhs: Record) -> Bool {
    AnyHashable(lhs.value) == AnyHashable(rhs.value)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(AnyHashable(value)) }
}

extension Record {
  public static func commune(_ r: Commune) -> Record { Record(r) }
  public static func residentialArea(_ r: ResidentialArea) -> Record { Record(r) }
  public static func institution(_ r: Institution) -> Record { Record(r) }
  public static func assessment(_ r: SafetyAssessment) -> Record { Record(r) }
  public static func newRural(_ r: NewRuralRecognition) -> Record { Record(r) }
  public static func modelType(_ r: ModelType) -> Record { Record(r) }
  public static func site(_ r: ModelSite) -> Record { Record(r) }
  public static func appraisal(_ r: ModelAppraisal) -> Record { Record(r) }
  public static func exemplar(_ r: Exemplar) -> Record { Record(r) }
  public static func team(_ r: Team) -> Record { Record(r) }
  public static func member(_ r: Member) -> Record { Record(r) }
  public static func patrol(_ r: Patrol) -> Record { Record(r) }
  public static func tip(_ r: Tip) -> Record { Record(r) }
  public static func incident(_ r: Incident) -> Record { Record(r) }
  public static func outreach(_ r: OutreachSession) -> Record { Record(r) }
  public static func trafficDuty(_ r: TrafficDuty) -> Record { Record(r) }
  public static func wantedCase(_ r: WantedPersonCase) -> Record { Record(r) }
}

extension RecordType {
  /// Reads one record of this kind (a journal line's body).
  static func decodeRecord(from decoder: any Decoder) throws -> Record {
    Record(try Self(from: decoder))
  }

  func encodeRecord(to encoder: any Encoder) throws { try encode(to: encoder) }

  static func find(_ id: String, in data: ProvinceData) -> Record? {
    data[keyPath: records].first { $0.id == id }.map(Record.init)
  }

  static func remove(_ id: String, from data: inout ProvinceData) {
    data[keyPath: records].removeAll { $0.id == id }
  }

  func put(into data: inout ProvinceData) {
    ProvinceData.put(
      self, in: &data[keyPath: Self.records], yearOf: Self.isDated ? { $0.fileYear! } : nil)
  }
}
