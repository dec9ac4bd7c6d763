/// A person serving a sentence or back from prison, managed and educated at the commune
/// ("quản lý, giáo dục người chấp hành án tại địa phương"). Counted in each year they are
/// under management. A register: one file, not per year.
public struct ManagedPerson: Codable, Hashable, Sendable, Identifiable {
  public enum Category: String, Codable, Sendable, CaseIterable {
    /// Án treo; cải tạo không giam giữ; tha tù trước thời hạn có điều kiện; chấp hành xong án
    /// phạt tù trở về địa phương.
    case suspendedSentence, nonCustodialReform, conditionalRelease, releasedFromPrison
  }
  public var id: String
  public var communeID: String
  public var fullName: String
  public var category: Category
  public var from: Day
  public var until: Day?
  /// The grassroots team helping to manage them, if any.
  public var teamID: String?

  public init(
    id: String, communeID: String, fullName: String, category: Category, from: Day,
    until: Day? = nil, teamID: String? = nil
  ) {
    self.id = id
    self.communeID = communeID
    self.fullName = fullName
    self.category = category
    self.from = from
    self.until = until
    self.teamID = teamID
  }

  /// Under management on some day of the year.
  public func managed(in year: Int) -> Bool {
    from.year <= year && (until.map { $0.year >= year } ?? true)
  }
}

extension ManagedPerson: FieldReadable {
  @usableFromInline enum CodingKeys: String, CodingKey {
    case id, communeID, fullName, category, from, until, teamID
  }

  @inlinable public init(fields: some FieldSource) throws {
    id = try fields.field(CodingKeys.id)
    communeID = try fields.field(CodingKeys.communeID)
    fullName = try fields.field(CodingKeys.fullName)
    category = try fields.field(CodingKeys.category)
    from = try fields.field(CodingKeys.from)
    until = try fields.fieldIfPresent(CodingKeys.until)
    teamID = try fields.fieldIfPresent(CodingKeys.teamID)
  }
}

extension RecordKind {
  public static let managedPerson = RecordKind(declaring: "managedPerson")
}

extension ManagedPerson: RecordType {
  public static var kind: RecordKind { .managedPerson }
  public static var duty: Duty { .communeWork }
  public static var collectionName: String { "managed-people" }
  public static var fileMayBeMissing: Bool { true }
  public static var records: WritableKeyPath<ProvinceData, [ManagedPerson]> { \.managedPeople }
  public func issues(_ validator: Validator) -> [ValidationIssue] { validator.check(self) }
  public var references: [RecordReference] {
    [.commune(communeID), RecordReference("teamID", .team, teamID)]
  }
}

extension Validator {
  public func check(_ person: ManagedPerson) -> [ValidationIssue] {
    FieldRules.text(person.fullName, field: "fullName")
      + [
        communeExists(person.communeID),
        FieldRules.day(person.from, field: "from", today: today),
        person.until.flatMap { FieldRules.day($0, field: "until", today: today) },
        after(person.until, person.from, field: "until"),
        person.teamID.flatMap { team($0, inCommune: person.communeID) },
      ].compactMap { $0 }
  }
}
