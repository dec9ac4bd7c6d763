extension ProvinceData {
  /// Applies many changes in order, with the same result as applying them one by one, in
  /// one pass over each collection touched: opening a folder with 20,000 changes not yet
  /// folded must not search a collection once per change.
  public mutating func apply(contentsOf changes: [Change]) {
    guard changes.count > 8 else {
      for change in changes { apply(change) }
      return
    }
    // Most often (a folder opened with much unfolded) the changes are all of one kind.
    let first = changes[0].kind
    var byKind: [RecordKind: [Change]] = [:]
    if changes.allSatisfy({ $0.kind == first }) {
      byKind[first] = changes
    } else {
      for change in changes { byKind[change.kind, default: []].append(change) }
    }
    for (kind, list) in byKind {
      guard let type = RecordTypes.byKind[kind] else { continue }
      if !type.applyAll(list, to: &self) { for change in list { apply(change) } }
    }
  }
}

extension RecordType {
  /// The changes of this kind applied in one pass; false (nothing done) when a record id is
  /// there twice (a crash between two renames of a fold): then one by one.
  /// A new record that keeps the array in year order is appended where it lands; only the
  /// others wait to be merged in by year at the end, so the records are not copied twice.
  static func applyAll(_ changes: [Change], to data: inout ProvinceData) -> Bool {
    var array = data[keyPath: records]
    // The data lets go of its copy, so the array is changed in place, not copied whole.
    data[keyPath: records] = []
    // Where each id's record is in `array` (held, or appended since).
    var position: [String: Int] = [:]
    position.reserveCapacity(array.count + changes.count)
    for (index, record) in array.enumerated() {
      guard position.updateValue(index, forKey: record.id) == nil else {
        data[keyPath: records] = array
        return false
      }
    }
    let appendable = !isDated || inYearOrder(array)
    array.makeRoom(for: changes.count)
    // The year of the array's last record, kept here: asking `array.last` copies the record.
    var lastYear = array.last?.fileYear ?? .min
    // Places in `array` whose record was deleted or moved to another year.
    var gone = Set<Int>()
    // New records that would break the year order, in the order put; nil where one went.
    var waiting: [Self?] = []
    var slot: [String: Int] = [:]
    func forget(_ id: String, here: Int?, queued: Int?) {
      if let here {
        gone.insert(here)
        position[id] = nil
      }
      if let queued {
        waiting[queued] = nil
        slot[id] = nil
      }
    }
    for change in changes {
      let record: Self?
      let id: String
      switch change {
      case .upsert(let wrapped):
        record = wrapped.value as? Self
        id = record?.id ?? wrapped.id
      case .delete(_, let deleted):
        record = nil
        id = deleted
      }
      let here = position[id]
      let queued = slot.isEmpty ? nil : slot[id]
      guard let record else {
        forget(id, here: here, queued: queued)
        continue
      }
      let year = record.fileYear
      if let here, array[here].fileYear == year {
        array[here] = record
        continue
      }
      if let queued, waiting[queued]?.fileYear == year {
        waiting[queued] = record
        continue
      }
      forget(id, here: here, queued: queued)
      if appendable, !isDated || year! >= lastYear {
        position[id] = array.count
        array.append(record)
        if isDated { lastYear = year! }
      } else {
        slot[id] = waiting.count
        waiting.append(record)
      }
    }
    if !gone.isEmpty {
      var kept: [Self] = []
      kept.reserveCapacity(array.count - gone.count)
      for index in array.indices where !gone.contains(index) { kept.append(array[index]) }
      array = kept
    }
    let added = waiting.compactMap { $0 }
    if !added.isEmpty {
      if isDated { Self.put(added, inYearOrder: &array) } else { array += added }
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
