extension ProvinceData {
  /// The same records with every collection ordered by id: two folders holding the same
  /// changes hold the same canonical data, whatever order the changes came in.
  public var canonical: ProvinceData {
    var copy = self
    for type in RecordTypes.all { type.sortByID(&copy) }
    return copy
  }
}

extension RecordType {
  static func sortByID(_ data: inout ProvinceData) {
    data[keyPath: records].sort { $0.id < $1.id }
  }
}
