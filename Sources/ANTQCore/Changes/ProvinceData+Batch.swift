extension ProvinceData {
  /// Applies many changes in order, with the same result as applying them one by one, in
  /// one pass over each collection touched: opening a folder with 20,000 changes not yet
  /// folded must not search a collection once per change.
  public mutating func apply(contentsOf changes: [Change]) {
    guard changes.count > 8 else {
      for change in changes { apply(change) }
      return
    }
    var byKind: [RecordKind: [Change]] = [:]
    for change in changes { byKind[change.kind, default: []].append(change) }
    for (kind, list) in byKind {
      guard let type = RecordTypes.byKind[kind] else { continue }
      if !type.applyAll(list, to: &self) { for change in list { apply(change) } }
    }
  }
}

extension RecordType {
  /// The changes of this kind applied in one pass; false (nothing done) when a record id is
  /// there twice (a crash between two renames of a fold): then one by one.
  static func applyAll(_ changes: [Change], to data: inout ProvinceData) -> Bool {
    var array = data[keyPath: records]
    var position: [String: Int] = [:]
    for (index, record) in array.enumerated() {
      guard position.updateValue(index, forKey: record.id) == nil else { return false }
    }
    var last: [String: Change] = [:]
    var order: [String] = []
    for change in changes {
      if last.updateValue(change, forKey: change.id) == nil { order.append(change.id) }
    }
    var removed = Set<String>()
    var added: [Self] = []
    for id in order {
      let old = position[id]
      guard case .upsert(let wrapped) = last[id]!, let record = wrapped.as(Self.self) else {
        if old != nil { removed.insert(id) }
        continue
      }
      if let old, array[old].fileYear == record.fileYear {
        array[old] = record
      } else {
        if old != nil { removed.insert(id) }
        added.append(record)
      }
    }
    if !removed.isEmpty { array.removeAll { removed.contains($0.id) } }
    array += added
    // A record of an earlier year goes after the last of its year, as `apply` puts it.
    if isDated, !added.isEmpty {
      array = array.enumerated().sorted {
        ($0.element.fileYear!, $0.offset) < ($1.element.fileYear!, $1.offset)
      }.map(\.element)
    }
    data[keyPath: records] = array
    return true
  }
}
