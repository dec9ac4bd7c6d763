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
    self.ids = Self.ids(in: data)
  }

  /// Every kind is looked at on its own, so on every core: a province holds hundreds of
  /// thousands of records and references.
  private static func ids(in data: ProvinceData) -> [RecordKind: Set<String>] {
    let kinds = RecordTypes.all
    let held = parallelMap(kinds) { (type: any RecordType.Type) in heldIDs(type, in: data) }
    return Dictionary(uniqueKeysWithValues: zip(kinds.map { $0.kind }, held))
  }

  private static func heldIDs<T: RecordType>(_ type: T.Type, in data: ProvinceData) -> Set<String> {
    type.ids(in: data)
  }

  mutating func checkReferences() {
    let check = self
    problems += parallelMap(RecordTypes.all) { check.dangling(of: $0) }.flatMap { $0 }
  }

  mutating func checkDuplicates() {
    let check = self
    problems += parallelMap(RecordTypes.all) { check.duplicates(of: $0) }.flatMap { $0 }
  }

  private func dangling<T: RecordType>(of type: T.Type) -> [FolderProblem] {
    type.dangling(in: data, known: ids, unknown: damaged) { file(type.kind, year: $0) }
  }

  private func duplicates<T: RecordType>(of type: T.Type) -> [FolderProblem] {
    type.duplicates(in: data).map { id, year, count in
      .duplicateID(file: file(type.kind, year: year), id: id, count: count)
    }
  }

  private func file(_ kind: RecordKind, year: Int?) -> String {
    guard let year, !legacy.contains(kind.collectionName) else {
      return folder.file(kind.collectionName + ".json")
    }
    return folder.file("\(Collections.activityFolder)/\(year)/\(kind.collectionName).json")
  }
}

extension RecordType {
  fileprivate static func ids(in data: ProvinceData) -> Set<String> {
    Set(data[keyPath: records].map(\.id))
  }

  /// Each id a record of this kind names that no record of its target holds (targets whose
  /// file is damaged, `unknown`, are not checked), in record order.
  fileprivate static func dangling(
    in data: ProvinceData, known: [RecordKind: Set<String>], unknown: Set<String>,
    file: (Int?) -> String
  ) -> [FolderProblem] {
    var problems: [FolderProblem] = []
    for record in data[keyPath: records] {
      for reference in record.references where !unknown.contains(reference.target.collectionName) {
        guard let held = known[reference.target] else { continue }
        for missing in reference.ids where !held.contains(missing) {
          problems.append(
            .dangling(
              file: file(record.fileYear), id: record.id, field: reference.field,
              target: reference.target, missingID: missing))
        }
      }
    }
    return problems
  }

  /// Each id held more than once, with its first record's year and how many hold it.
  fileprivate static func duplicates(in data: ProvinceData)
    -> [(id: String, year: Int?, count: Int)]
  {
    let all = data[keyPath: records]
    var counts: [String: Int] = [:]
    for record in all { counts[record.id, default: 0] += 1 }
    var reported = Set<String>()
    var found: [(id: String, year: Int?, count: Int)] = []
    for record in all where counts[record.id]! > 1 && reported.insert(record.id).inserted {
      found.append((record.id, record.fileYear, counts[record.id]!))
    }
    return found
  }
}
