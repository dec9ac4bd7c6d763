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
    var ids: [RecordKind: Set<String>] = [:]
    for type in RecordTypes.all { ids[type.kind] = type.ids(in: data) }
    self.ids = ids
  }

  mutating func checkReferences() {
    for type in RecordTypes.all {
      for (id, year, reference) in type.references(in: data)
      where !damaged.contains(reference.target.collectionName) {
        for missing in reference.ids where ids[reference.target]?.contains(missing) == false {
          problems.append(
            .dangling(
              file: file(type.kind, year: year), id: id, field: reference.field,
              target: reference.target, missingID: missing))
        }
      }
    }
  }

  mutating func checkDuplicates() {
    for type in RecordTypes.all {
      for (id, year, count) in type.duplicates(in: data) {
        problems.append(.duplicateID(file: file(type.kind, year: year), id: id, count: count))
      }
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

  fileprivate static func references(in data: ProvinceData)
    -> [(id: String, year: Int?, reference: RecordReference)]
  {
    data[keyPath: records].flatMap { record in
      record.references.map { (record.id, record.fileYear, $0) }
    }
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
