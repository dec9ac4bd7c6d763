import ANTQCore

/// Duplicate ids and references to records that do not exist. A reference into a collection
/// whose file is damaged is not checked: its records are unknown, not missing.
struct ReferenceCheck {
  let data: ProvinceData
  let folder: DataFolder
  let damaged: Set<String>
  /// Yearly registers still in a schema-1 top-level file.
  let legacy: Set<String>
  private(set) var problems: [FolderProblem] = []
  private let ids: [RecordKind: Set<String>]

  init(data: ProvinceData, folder: DataFolder, damaged: Set<String>, legacy: Set<String> = []) {
    self.data = data
    self.folder = folder
    self.damaged = damaged
    self.legacy = legacy
    ids = [
      .commune: Set(data.communes.map(\.id)),
      .residentialArea: Set(data.residentialAreas.map(\.id)),
      .institution: Set(data.institutions.map(\.id)),
      .modelType: Set(data.modelTypes.map(\.id)),
      .site: Set(data.modelSites.map(\.id)),
      .team: Set(data.teams.map(\.id)),
    ]
  }

  private typealias Reference = (field: String, target: RecordKind, ids: [String])

  mutating func checkReferences() {
    let inCommune = { (id: String) -> Reference in ("communeID", .commune, [id]) }
    let area = { (id: String?) -> Reference in
      ("residentialAreaID", .residentialArea, id.map { [$0] } ?? [])
    }
    let areas = { (ids: [String]) -> Reference in ("residentialAreaIDs", .residentialArea, ids) }
    check(data.residentialAreas, .residentialArea) { [inCommune($0.communeID)] }
    check(data.institutions, .institution) { [inCommune($0.communeID)] }
    check(data.assessments, .assessment, year: \.year) { [Self.subject($0.subject)] }
    check(data.newRural, .newRural) { [Self.subject($0.subject)] }
    check(data.modelSites, .site) {
      [
        ("modelTypeID", .modelType, [$0.modelTypeID]), inCommune($0.communeID),
        area($0.residentialAreaID),
      ]
    }
    check(data.appraisals, .appraisal, year: \.year) { [("siteID", .site, [$0.siteID])] }
    check(data.exemplars, .exemplar) { [("siteID", .site, [$0.siteID])] }
    check(data.teams, .team) { [inCommune($0.communeID), areas($0.residentialAreaIDs)] }
    check(data.members, .member) { [("teamID", .team, [$0.teamID])] }
    check(data.patrols, .patrol, year: \.day.year) {
      [
        inCommune($0.communeID), ("teamID", .team, $0.teamID.map { [$0] } ?? []),
        areas($0.residentialAreaIDs),
      ]
    }
    check(data.tips, .tip, year: \.day.year) {
      [inCommune($0.communeID), area($0.residentialAreaID)]
    }
    check(data.incidents, .incident, year: \.day.year) {
      [inCommune($0.communeID), area($0.residentialAreaID)]
    }
    check(data.outreach, .outreach, year: \.day.year) { [inCommune($0.communeID)] }
    check(data.trafficDuties, .trafficDuty, year: \.day.year) { [inCommune($0.communeID)] }
    check(data.wantedCases, .wantedCase, year: \.day.year) { [inCommune($0.communeID)] }
  }

  mutating func checkDuplicates() {
    duplicates(data.communes, .commune)
    duplicates(data.residentialAreas, .residentialArea)
    duplicates(data.institutions, .institution)
    duplicates(data.assessments, .assessment, year: \.year)
    duplicates(data.newRural, .newRural)
    duplicates(data.modelTypes, .modelType)
    duplicates(data.modelSites, .site)
    duplicates(data.appraisals, .appraisal, year: \.year)
    duplicates(data.exemplars, .exemplar)
    duplicates(data.teams, .team)
    duplicates(data.members, .member)
    duplicates(data.patrols, .patrol, year: \.day.year)
    duplicates(data.tips, .tip, year: \.day.year)
    duplicates(data.incidents, .incident, year: \.day.year)
    duplicates(data.outreach, .outreach, year: \.day.year)
    duplicates(data.trafficDuties, .trafficDuty, year: \.day.year)
    duplicates(data.wantedCases, .wantedCase, year: \.day.year)
  }

  private static func subject(_ subject: Subject) -> Reference {
    switch subject.kind {
    case .commune: return ("subject.id", .commune, [subject.id])
    case .residentialArea: return ("subject.id", .residentialArea, [subject.id])
    case .institution: return ("subject.id", .institution, [subject.id])
    }
  }

  private func file(_ kind: RecordKind, year: Int?) -> String {
    guard let year, !legacy.contains(kind.collectionName) else {
      return folder.file(kind.collectionName + ".json")
    }
    return folder.file("\(Collections.activityFolder)/\(year)/\(kind.collectionName).json")
  }

  private mutating func check<T: Identifiable>(
    _ records: [T], _ kind: RecordKind, year: ((T) -> Int)? = nil,
    _ references: (T) -> [Reference]
  ) where T.ID == String {
    for record in records {
      for reference in references(record) where !damaged.contains(reference.target.collectionName) {
        for id in reference.ids where ids[reference.target]?.contains(id) == false {
          problems.append(
            .dangling(
              file: file(kind, year: year?(record)), id: record.id, field: reference.field,
              target: reference.target, missingID: id))
        }
      }
    }
  }

  private mutating func duplicates<T: Identifiable>(
    _ records: [T], _ kind: RecordKind, year: ((T) -> Int)? = nil
  ) where T.ID == String {
    var counts: [String: Int] = [:]
    for record in records { counts[record.id, default: 0] += 1 }
    var reported = Set<String>()
    for record in records where counts[record.id]! > 1 && reported.insert(record.id).inserted {
      problems.append(
        .duplicateID(
          file: file(kind, year: year?(record)), id: record.id, count: counts[record.id]!))
    }
  }
}
