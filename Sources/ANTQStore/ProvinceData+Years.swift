import ANTQCore

extension ProvinceData {
  /// Removes every dated record of the years `drop` picks.
  mutating func removeYears(where drop: (Int) -> Bool) {
    for type in RecordTypes.dated { type.removeYears(from: &self, where: drop) }
  }

  /// Replaces the dated records of `year` with those `source` holds for it, keeping every
  /// collection grouped by year in ascending order.
  mutating func replaceYear(_ year: Int, from source: ProvinceData) {
    for type in RecordTypes.dated { type.replace(year, in: &self, from: source) }
  }
}

extension RecordType {
  fileprivate static func removeYears(from data: inout ProvinceData, where drop: (Int) -> Bool) {
    data[keyPath: records].removeAll { drop($0.fileYear!) }
  }

  fileprivate static func replace(
    _ year: Int, in data: inout ProvinceData, from source: ProvinceData
  ) {
    data[keyPath: records].removeAll { $0.fileYear == year }
    let slot = data[keyPath: records].lastIndex { $0.fileYear! < year }.map { $0 + 1 } ?? 0
    data[keyPath: records].insert(
      contentsOf: source[keyPath: records].filter { $0.fileYear == year }, at: slot)
  }
}
