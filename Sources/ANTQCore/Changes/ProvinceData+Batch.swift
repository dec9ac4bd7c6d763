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
    // The data lets go of its copy, so the array is changed in place, not copied whole.
    data[keyPath: records] = []
    var position: [String: Int] = [:]
    for (index, record) in array.enumerated() {
      guard position.updateValue(index, forKey: record.id) == nil else {
        data[keyPath: records] = array
        return false
      }
    }
    var removed = Set<String>()
    // Records not in place in `array`, in the order they were put (a later one goes after);
    // nil where one was deleted or moved on. `slot`: where each id's is.
    var newcomers: [Self?] = []
    var slot: [String: Int] = [:]
    for change in changes {
      let id = change.id
      let old = position[id].flatMap { removed.contains(id) ? nil : $0 }
      guard case .upsert(let wrapped) = change, let record = wrapped.as(Self.self) else {
        if old != nil { removed.insert(id) }
        if let index = slot.removeValue(forKey: id) { newcomers[index] = nil }
        continue
      }
      if let old, array[old].fileYear == record.fileYear {
        array[old] = record
      } else if let index = slot[id], newcomers[index]?.fileYear == record.fileYear {
        newcomers[index] = record
      } else {
        if old != nil { removed.insert(id) }
        if let index = slot[id] { newcomers[index] = nil }
        slot[id] = newcomers.count
        newcomers.append(record)
      }
    }
    if !removed.isEmpty { array.removeAll { removed.contains($0.id) } }
    let added = newcomers.compactMap { $0 }
    // A record of an earlier year goes after the last of its year, as `apply` puts it.
    if isDated, !added.isEmpty {
      Self.put(added, inYearOrder: &array)
    } else {
      array += added
    }
    data[keyPath: records] = array
    return true
  }

  /// Puts `added` into `records` (in year order, as the files and `apply` keep them), each
  /// after the last of its year, in the order given: a merge, not a sort of the whole array.
  static func put(_ added: [Self], inYearOrder records: inout [Self]) {
    let incoming = inYearOrder(added) ? added : yearSorted(added)
    let lastYear = records.last?.fileYear ?? .min
    if incoming[0].fileYear! >= lastYear {
      records += incoming
      return
    }
    guard inYearOrder(records) else {
      records = yearSorted(records + incoming)
      return
    }
    var merged: [Self] = []
    merged.reserveCapacity(records.count + incoming.count)
    var next = incoming.startIndex
    for record in records {
      let year = record.fileYear!
      while next < incoming.endIndex, incoming[next].fileYear! < year {
        merged.append(incoming[next])
        next += 1
      }
      merged.append(record)
    }
    merged += incoming[next...]
    records = merged
  }

  private static func inYearOrder(_ records: [Self]) -> Bool {
    var previous = Int.min
    for record in records {
      let year = record.fileYear!
      if year < previous { return false }
      previous = year
    }
    return true
  }

  /// Sorted by year, keeping the order within a year.
  private static func yearSorted(_ records: [Self]) -> [Self] {
    records.enumerated().sorted {
      ($0.element.fileYear!, $0.offset) < ($1.element.fileYear!, $1.offset)
    }.map(\.element)
  }
}
