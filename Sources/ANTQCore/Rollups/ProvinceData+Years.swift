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
    // Records come grouped by year: hash a year only when it changes, and read each record
    // in place, through a buffer (in this generic code `for record in`, and even `list[index]`,
    // copy every record first) — at open this is every record there is.
    data[keyPath: records].withUnsafeBufferPointer { list in
      var last: Int?
      for index in list.indices {
        guard let year = list[index].fileYear, year != last else { continue }
        years.insert(year)
        last = year
      }
    }
  }
}
