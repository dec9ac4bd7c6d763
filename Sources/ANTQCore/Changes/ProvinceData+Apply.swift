extension ProvinceData {
  /// Applies one change: an upsert replaces the record with the same id (or adds it), a delete
  /// removes it. Activity records stay grouped by year in ascending order, as a load returns
  /// them. Idempotent: applying the same change twice gives the same data, so a journal
  /// replayed over files that already hold some of its changes loses and doubles nothing.
  public mutating func apply(_ change: Change) {
    switch change {
    case .upsert(let record): upsert(record)
    case .delete(let kind, let id): remove(kind, id: id)
    }
  }

  /// The change that undoes `change` on this data (the data before `change` is applied): the
  /// old record back, or a delete when there was none.
  public func inverse(of change: Change) -> Change {
    if let old = record(change.kind, id: change.id) { return .upsert(old) }
    return .delete(change.kind, id: change.id)
  }

  /// The record of that kind with that id, if there is one.
  public func record(_ kind: RecordKind, id: String) -> Record? {
    kind.type.find(id, in: self)
  }

  private mutating func upsert(_ record: Record) { record.value.put(into: &self) }

  private mutating func remove(_ kind: RecordKind, id: String) { kind.type.remove(id, from: &self) }

  /// Replaces the first record with the same id in place and drops any other copy (a crash
  /// between two renames of a fold can leave a moved activity record in two year files).
  /// With `yearOf`, a record whose year changed, or a new one, goes after the last record of
  /// its year or an earlier one.
  static func put<T: Identifiable>(
    _ record: T, in array: inout [T], yearOf: ((T) -> Int)? = nil
  ) where T.ID == String {
    let matches = array.indices.filter { array[$0].id == record.id }
    if let first = matches.first, yearOf.map({ $0(array[first]) == $0(record) }) ?? true {
      array[first] = record
      for index in matches.dropFirst().reversed() { array.remove(at: index) }
      return
    }
    for index in matches.reversed() { array.remove(at: index) }
    guard let yearOf else {
      array.append(record)
      return
    }
    let year = yearOf(record)
    let slot = array.lastIndex { yearOf($0) <= year }.map { $0 + 1 } ?? 0
    array.insert(record, at: slot)
  }
}
