import ANTQCore

extension ProvinceStore {
  /// Every year with data: those with a folder, and those only the journal (or a schema-1
  /// register) knows. Ascending.
  public var availableYears: [Int] { diskYears.union(otherYears).sorted() }

  /// The years whose dated records are all in `data`. Ascending.
  public var loadedYears: [Int] { availableYears.filter(isLoaded) }

  /// Reads one more year's files into `data` and re-applies the journal's changes for that
  /// year. Nothing happens when the year is loaded already or has no folder.
  public func loadYear(_ year: Int) throws(StoreError) {
    guard !isLoaded(year) else { return }
    // Not in the middle of a fold, and knowing every change the files may already hold.
    let foldLock = try? FileLock.wait(folder.file(Self.foldLockName), .shared)
    defer { foldLock?.release() }
    _ = catchUp()
    try loadYearUnlocked(year)
  }

  func loadYearUnlocked(_ year: Int) throws(StoreError) {
    guard !isLoaded(year) else { return }
    var slice = try folder.loadYear(year)
    for line in legacy where Self.touches(line, year) { slice.apply(line.change) }
    var keys = Set<RecordKey>()
    for line in tail where Self.touches(line, year) { keys.insert(line.stamped.key) }
    for key in keys.sorted() {
      if let change = versions.winner(of: key)?.change { slice.apply(change) }
    }
    data.replaceYear(year, from: slice)
    loaded.insert(year)
  }

  func isLoaded(_ year: Int) -> Bool { loaded.contains(year) || !diskYears.contains(year) }

  /// The years the journal's changes touch, all on disk when one of them is not known.
  func yearsToFold() -> Set<Int> {
    var years = Set<Int>()
    let lines: [any YearTagged] = legacy + tail
    for line in lines where line.change.kind.isDated {
      guard let touched = line.years else {
        years.formUnion(diskYears)
        continue
      }
      years.formUnion(touched)
    }
    return years
  }

  /// The year files a change will touch: its record's year and, when the record is loaded in
  /// another year, that one. nil when that cannot be known: deleting a record that is not
  /// loaded while some year is not.
  func touchedYears(_ change: Change) -> [Int]? {
    guard change.kind.isDated else { return nil }
    var years = Set<Int>()
    if let old = data.record(change.kind, id: change.id)?.year { years.insert(old) }
    switch change {
    case .upsert(let record): if let year = record.year { years.insert(year) }
    case .delete:
      if years.isEmpty, diskYears.contains(where: { !isLoaded($0) }) { return nil }
    }
    return years.sorted()
  }

  static func choose(_ policy: YearsToLoad, from onDisk: [Int]) -> [Int] {
    switch policy {
    case .latest: return onDisk.last.map { [$0] } ?? []
    case .all: return onDisk
    case .only(let years): return onDisk.filter(years.contains)
    }
  }

  /// The years a journal line names: its years, or its record's.
  static func years(of line: some YearTagged) -> [Int] {
    if let years = line.years { return years }
    if case .upsert(let record) = line.change, let year = record.year { return [year] }
    return []
  }

  /// Whether replaying `line` can change `year`'s records.
  static func touches(_ line: some YearTagged, _ year: Int) -> Bool {
    guard line.change.kind.isDated else { return false }
    return line.years?.contains(year) ?? true
  }
}

/// A journal line of either format: a change and the year files it touches.
protocol YearTagged {
  var change: Change { get }
  var years: [Int]? { get }
}

extension JournalLine: YearTagged {}

extension StampedLine: YearTagged {
  var change: Change { stamped.change }
}
