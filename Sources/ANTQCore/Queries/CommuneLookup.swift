extension ProvinceData {
  /// The commune a person names on the command line: its id, or its name with or without
  /// accents and its "Xã"/"Phường" ("chi dam" finds "Xã Chí Đám").
  public func commune(matching text: String) -> Commune? {
    let wanted = text.folded
    return communes.first { $0.id == text }
      ?? communes.first { $0.name.folded == wanted || $0.name.folded.hasSuffix(" " + wanted) }
  }
}
