import ANTQCore

extension RecordKind {
  /// Kept in one file per year: the activity logs and the yearly registers.
  var isDated: Bool { isActivity || self == .assessment || self == .appraisal }
}

extension ProvinceData {
  /// Removes every dated record of the years `drop` picks.
  mutating func removeYears(where drop: (Int) -> Bool) {
    assessments.removeAll { drop($0.year) }
    appraisals.removeAll { drop($0.year) }
    patrols.removeAll { drop($0.day.year) }
    tips.removeAll { drop($0.day.year) }
    incidents.removeAll { drop($0.day.year) }
    outreach.removeAll { drop($0.day.year) }
    trafficDuties.removeAll { drop($0.day.year) }
    wantedCases.removeAll { drop($0.day.year) }
  }

  /// Replaces the dated records of `year` with those `source` holds for it, keeping every
  /// collection grouped by year in ascending order.
  mutating func replaceYear(_ year: Int, from source: ProvinceData) {
    Self.replace(year, in: &assessments, from: source.assessments) { $0.year }
    Self.replace(year, in: &appraisals, from: source.appraisals) { $0.year }
    Self.replace(year, in: &patrols, from: source.patrols) { $0.day.year }
    Self.replace(year, in: &tips, from: source.tips) { $0.day.year }
    Self.replace(year, in: &incidents, from: source.incidents) { $0.day.year }
    Self.replace(year, in: &outreach, from: source.outreach) { $0.day.year }
    Self.replace(year, in: &trafficDuties, from: source.trafficDuties) { $0.day.year }
    Self.replace(year, in: &wantedCases, from: source.wantedCases) { $0.day.year }
  }

  private static func replace<T>(
    _ year: Int, in array: inout [T], from source: [T], yearOf: (T) -> Int
  ) {
    array.removeAll { yearOf($0) == year }
    let slot = array.lastIndex { yearOf($0) < year }.map { $0 + 1 } ?? 0
    array.insert(contentsOf: source.filter { yearOf($0) == year }, at: slot)
  }
}
