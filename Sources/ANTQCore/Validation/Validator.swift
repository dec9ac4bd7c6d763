/// Checks records against the rules every form enforces and against the rest of the data
/// (the commune a team names exists, its areas are in that commune…). Build it once for a
/// data set; each `check` returns the issues, empty when the record may be saved.
public struct Validator: Sendable {
  public let today: Day
  /// The present moment, for "cannot start later than now"; nil checks days only.
  public let now: Moment?
  var communes: [String: Commune] = [:]
  var areas: [String: ResidentialArea] = [:]
  var institutions: [String: Institution] = [:]
  var teams: [String: Team] = [:]
  var modelTypes: Set<String> = []
  var sites: [String: ModelSite] = [:]
  var sitesOfCommune: [String: [ModelSite]] = [:]
  /// Sites found not effective (or proposed for retirement) by a year's appraisal, by year.
  var notEffective: [Int: Set<String>] = [:]
  /// Members holding the leader role and not yet left, per team.
  var activeLeaders: [String: [Member]] = [:]
  /// Residential areas and classified institutions of each commune (Circular 124/2021 art. 5(4)).
  var unitsOfCommune: [String: Int] = [:]
  /// How many of them were recognised đạt, per year and commune.
  var unitsMet: [Int: [String: Int]] = [:]

  public init(data: ProvinceData, today: Day, now: Moment? = nil) {
    self.today = today
    self.now = now
    for c in data.communes { communes[c.id] = c }
    for a in data.residentialAreas { areas[a.id] = a }
    for i in data.institutions { institutions[i.id] = i }
    for t in data.teams { teams[t.id] = t }
    for m in data.modelTypes { modelTypes.insert(m.id) }
    for s in data.modelSites {
      sites[s.id] = s
      sitesOfCommune[s.communeID, default: []].append(s)
    }
    for a in data.appraisals where a.result != .effective {
      notEffective[a.year, default: []].insert(a.siteID)
    }
    for m in data.members where m.role == .leader && m.left == nil {
      activeLeaders[m.teamID, default: []].append(m)
    }
    for a in data.residentialAreas { unitsOfCommune[a.communeID, default: 0] += 1 }
    for i in data.institutions where i.classified {
      unitsOfCommune[i.communeID, default: 0] += 1
    }
    for a in data.assessments where a.result == .met {
      let commune: String?
      switch a.subject.kind {
      case .commune: commune = nil
      case .residentialArea: commune = areas[a.subject.id]?.communeID
      case .institution:
        commune = institutions[a.subject.id].flatMap { $0.classified ? $0.communeID : nil }
      }
      if let commune { unitsMet[a.year, default: [:]][commune, default: 0] += 1 }
    }
  }

  /// A moment that must not lie after now.
  func notLater(_ moment: Moment, field: String) -> ValidationIssue? {
    now.flatMap { FieldRules.notLater(moment, now: $0, field: field) }
  }

  /// Every record of `data`, each issue tagged with its record's id, in record order. The
  /// records are checked in slices on every core: a province holds hundreds of thousands.
  public static func checkAll(_ data: ProvinceData, today: Day) -> [ValidationIssue] {
    let v = Validator(data: data, today: today)
    var slices: [Slice] = []
    for type in RecordTypes.all { slices += self.slices(of: type, in: data, v) }
    return parallelMap(slices) { $0() }.flatMap { $0 }
  }

  private typealias Slice = @Sendable () -> [ValidationIssue]

  private static func slices<T: RecordType>(
    of type: T.Type, in data: ProvinceData, _ validator: Validator
  ) -> [Slice] {
    let count = data[keyPath: type.records].count
    return stride(from: 0, to: count, by: 2_000).map { start in
      { check(type, start..<min(start + 2_000, count), in: data, validator) }
    }
  }

  private static func check<T: RecordType>(
    _ type: T.Type, _ range: Range<Int>, in data: ProvinceData, _ validator: Validator
  ) -> [ValidationIssue] {
    var issues: [ValidationIssue] = []
    for record in data[keyPath: type.records][range] {
      for var issue in record.issues(validator) + record.warnings(validator) {
        issue.recordID = record.id
        issues.append(issue)
      }
    }
    return issues
  }

  /// The team exists and belongs to the commune.
  func team(_ id: String, inCommune communeID: String, field: String = "teamID")
    -> ValidationIssue?
  {
    guard let team = teams[id] else {
      return ValidationIssue(field: field, key: "validation.team.unknown", arguments: [id])
    }
    return team.communeID == communeID
      ? nil
      : ValidationIssue(
        field: field, key: "validation.patrol.teamOtherCommune", arguments: [team.name])
  }

  func communeExists(_ id: String, field: String = "communeID") -> ValidationIssue? {
    communes[id] == nil
      ? ValidationIssue(field: field, key: "validation.commune.unknown", arguments: [id]) : nil
  }

  /// The area exists and lies in the commune.
  func area(_ id: String, inCommune communeID: String, field: String) -> ValidationIssue? {
    guard let area = areas[id] else {
      return ValidationIssue(field: field, key: "validation.area.unknown", arguments: [id])
    }
    guard area.communeID == communeID else {
      return ValidationIssue(
        field: field, key: "validation.area.otherCommune",
        arguments: [area.name, communes[communeID]?.name ?? communeID])
    }
    return nil
  }

  /// An end that must come strictly after a start.
  func after(_ end: Day?, _ start: Day, field: String) -> ValidationIssue? {
    guard let end, end <= start else { return nil }
    return ValidationIssue(
      field: field, key: "validation.date.notAfter",
      arguments: [end.dayMonthYear, start.dayMonthYear])
  }

  func endYear(_ end: Int?, after start: Int, field: String) -> ValidationIssue? {
    guard let end, end <= start else { return nil }
    return ValidationIssue(
      field: field, key: "validation.year.notAfter", arguments: [String(end), String(start)])
  }
}
