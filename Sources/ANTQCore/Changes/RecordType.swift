/// One kind of record, declared once: its name in journals and check messages, its file, where
/// its records live in `ProvinceData`, whether it is kept per year, its rules and what it
/// refers to. The store, the journal, `antq check`, the validator and the screens read these
/// declarations (`RecordTypes.all`) instead of listing the kinds themselves.
public protocol RecordType: Codable, Hashable, Sendable, Identifiable where ID == String {
  /// The journal's and the catalog's name ("patrol"): never change it, files hold it.
  static var kind: RecordKind { get }
  /// The data file's name without ".json" ("residential-areas"): never change it.
  static var collectionName: String { get }
  /// Dated records live in one file per year under `activity/<year>/`.
  static var isDated: Bool { get }
  /// Activity logs (patrols, tips…): dated records counted by their day.
  static var isActivity: Bool { get }
  static var records: WritableKeyPath<ProvinceData, [Self]> { get }
  /// Whose work changing such a record is (see `AccessPolicy`).
  static var duty: Duty { get }
  /// Kinds added after folders were first written: a folder without their file has none.
  static var fileMayBeMissing: Bool { get }
  /// The year's file a dated record lives in; nil for a register record.
  var fileYear: Int? { get }
  /// The rules of the record against the rest of the data (forms and `antq check`).
  func issues(_ validator: Validator) -> [ValidationIssue]
  /// What a record saved before a rule breaks: `antq check` lists it, nothing refuses it.
  func warnings(_ validator: Validator) -> [ValidationIssue]
  /// The records this one names, for `antq check`'s dangling references.
  var references: [RecordReference] { get }
}

extension RecordType {
  public static var isDated: Bool { false }
  public static var isActivity: Bool { false }
  public static var fileMayBeMissing: Bool { false }
  public var fileYear: Int? { nil }
  public var references: [RecordReference] { [] }
  public func warnings(_ validator: Validator) -> [ValidationIssue] { [] }

  /// Wraps the record for a change.
  public var record: Record { Record(self) }
}

/// A field of a record naming records of another kind.
public struct RecordReference: Hashable, Sendable {
  public var field: String
  public var target: RecordKind
  public var ids: [String]

  public init(_ field: String, _ target: RecordKind, _ ids: [String]) {
    self.field = field
    self.target = target
    self.ids = ids
  }

  public init(_ field: String, _ target: RecordKind, _ id: String?) {
    self.init(field, target, id.map { [$0] } ?? [])
  }

  public static func commune(_ id: String) -> RecordReference { .init("communeID", .commune, id) }
}
