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
  private let held: [RecordKind: HeldIDs]

  init(data: ProvinceData, folder: DataFolder, damaged: Set<String>, legacy: Set<String> = []) {
    self.data = data
    self.folder = folder
    self.damaged = damaged
    self.legacy = legacy
    self.held = Self.held(in: data)
  }

  /// Every kind is looked at on its own, so on every core: a province holds hundreds of
  /// thousands of records and references.
  private static func held(in data: ProvinceData) -> [RecordKind: HeldIDs] {
    let kinds = RecordTypes.all
    let held = parallelMap(kinds) { (type: any RecordType.Type) in heldIDs(type, in: data) }
    return Dictionary(uniqueKeysWithValues: zip(kinds.map { $0.kind }, held))
  }

  private static func heldIDs<T: RecordType>(_ type: T.Type, in data: ProvinceData) -> HeldIDs {
    type.held(in: data)
  }

  /// The references of a big collection are checked in slices of this many records, so the
  /// patrols of many years do not keep one core busy while the other waits.
  static let slice = 20_000

  mutating func checkReferences() {
    let check = self
    let known = held.mapValues(\.ids)
    let jobs = RecordTypes.all.flatMap { type -> [(any RecordType.Type, Range<Int>)] in
      let count = type.count(in: data)
      return stride(from: 0, to: count, by: Self.slice).map {
        (type, $0..<min($0 + Self.slice, count))
      }
    }
    problems += parallelMap(Array(jobs.indices)) { index in
      let (type, range) = jobs[index]
      return check.dangling(of: type, in: range, known: known)
    }.flatMap { $0 }
  }

  mutating func checkDuplicates() {
    for type in RecordTypes.all {
      problems += held[type.kind]!.duplicates.map { id, year, count in
        .duplicateID(file: file(type.kind, year: year), id: id, count: count)
      }
    }
  }

  private func dangling<T: RecordType>(
    of type: T.Type, in range: Range<Int>, known: [RecordKind: Set<String>]
  ) -> [FolderProblem] {
    type.dangling(in: data, range, known: known, unknown: damaged) { file(type.kind, year: $0) }
  }

  private func file(_ kind: RecordKind, year: Int?) -> String {
    guard let year, !legacy.contains(kind.collectionName) else {
      return folder.file(kind.collectionName + ".json")
    }
    return folder.file("\(Collections.activityFolder)/\(year)/\(kind.collectionName).json")
  }
}

/// The ids a collection holds, and each id held more than once with its first record's year
/// and how many hold it.
struct HeldIDs: Sendable {
  var ids = Set<String>()
  var duplicates: [(id: String, year: Int?, count: Int)] = []
}

extension RecordType {
  fileprivate static func count(in data: ProvinceData) -> Int { data[keyPath: records].count }

  /// One pass for the ids; a second only over a collection that holds an id twice.
  fileprivate static func held(in data: ProvinceData) -> HeldIDs {
    let all = data[keyPath: records]
    var held = HeldIDs()
    held.ids.reserveCapacity(all.count)
    var twice = Set<String>()
    for index in all.indices where !held.ids.insert(all[index].id).inserted {
      twice.insert(all[index].id)
    }
    guard !twice.isEmpty else { return held }
    var counts: [String: Int] = [:]
    for record in all where twice.contains(record.id) { counts[record.id, default: 0] += 1 }
    var reported = Set<String>()
    for record in all where counts[record.id] != nil && reported.insert(record.id).inserted {
      held.duplicates.append((record.id, record.fileYear, counts[record.id]!))
    }
    return held
  }

  /// Each id a record of this kind in `range` names that no record of its target holds
  /// (targets whose file is damaged, `unknown`, are not checked), in record order.
  fileprivate static func dangling(
    in data: ProvinceData, _ range: Range<Int>, known: [RecordKind: Set<String>],
    unknown: Set<String>, file: (Int?) -> String
  ) -> [FolderProblem] {
    let all = data[keyPath: records]
    var problems: [FolderProblem] = []
    for index in range {
      for reference in all[index].references
      where !unknown.contains(reference.target.collectionName) {
        guard let held = known[reference.target] else { continue }
        for missing in reference.ids where !held.contains(missing) {
          let record = all[index]
          problems.append(
            .dangling(
              file: file(record.fileYear), id: record.id, field: reference.field,
              target: reference.target, missingID: missing))
        }
      }
    }
    return problems
  }
}
