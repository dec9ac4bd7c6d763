import ANTQCore

extension ProvinceStore {
  /// Whether an upsert recorded now makes a new record (for the history's "created"): false
  /// when the record has a version or is in the data, nil when it might be in a year's file
  /// not loaded, or for a delete. `existing`: the record with the change's id in the data.
  func creates(_ change: Change, current: ChangeID?, existing: Record?) -> Bool? {
    guard case .upsert = change else { return nil }
    if current != nil || existing != nil { return false }
    if change.kind.isDated, !diskYears.allSatisfy(isLoaded) { return nil }
    return true
  }
}
