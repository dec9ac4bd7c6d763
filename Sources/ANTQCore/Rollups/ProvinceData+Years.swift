extension ProvinceData {
  /// The years with yearly data (assessments, appraisals or activity records), oldest
  /// first. Start years of sites, teams and recognitions alone do not make a year.
  public var years: [Int] {
    var found = Set<Int>()
    for type in RecordTypes.dated { type.insertYears(of: self, into: &found) }
    return found.sorted()
  }
}

extension RecordType {
  static func insertYears(of data: ProvinceData, into years: inout Set<Int>) {
    for record in data[keyPath: records] {
      if let year = record.fileYear { years.insert(year) }
    }
  }
}
