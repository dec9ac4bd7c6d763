import ANTQCore

/// Taking in what the journals hold: the lines of other consoles (and, at open, of every
/// console) into the history, the versions and the data.
extension ProvinceStore {
  /// The record as the files hold it, for a change over a record no journaled change touched
  /// since (`current` finds it in the data before the change): the history then need not read
  /// the files for it. Nil when the change needs none, or the record is not in the data.
  func fromFiles(before line: StampedLine, current: (RecordKey) -> Record?) -> Record? {
    let stamped = line.stamped
    guard stamped.base == nil, line.created != true, case .upsert = stamped.change,
      versions.version(of: stamped.key) == nil
    else { return nil }
    return current(stamped.key)
  }

  /// Reads the other consoles' journals for changes made since the last look and applies
  /// them. Returns how many came in; cheap (a stat per journal) when none did.
  @discardableResult
  public func refresh() -> Int {
    if let watch, !watch.drain() { self.watch = nil }
    guard journals.hasNews() else { return 0 }
    return catchUp()
  }

  func catchUp() -> Int {
    // A read-only store opened before any console of this version wrote the manifest.
    if province.isEmpty, let manifest = try? Self.manifest(folder, create: false),
      !manifest.province.isEmpty
    {
      province = manifest.province
      journals.province = province
    }
    return absorb(journals.readNew())
  }

  /// Takes in lines read from the journals: into the history, and those let in into the
  /// versions and the data. Returns how many.
  @discardableResult
  func absorb(_ read: (lines: [StampedLine], notices: [JournalNotice])) -> Int {
    let (lines, problems) = read
    for problem in problems { notices.append(.journalProblem(problem)) }
    // Many lines (a folder opened with much unfolded) are indexed for the history on another
    // core meanwhile, and applied in one pass per collection.
    let aside = lines.count >= Self.linesIndexedAside
    let indexing =
      !aside
      ? nil
      : InBackground { [trail, versions, data] in
        trail.add(lines)
        return Self.filesRecords(before: lines, versions: versions, files: data)
      }
    if !aside { trail.add(lines) }
    var shown: [Change] = []
    shown.reserveCapacity(lines.count)
    tail.makeRoom(for: lines.count)
    if aside { versions.makeRoom(for: lines.count) }
    var known: [(Record, ChangeID)] = []
    let lookup = RecordLookup(data)
    let refusedNow = gate.admit(
      lines, over: { self.data }, current: lookup.record,
      apply: { line in
        if !aside, let record = self.fromFiles(before: line, current: lookup.record) {
          known.append((record, line.stamped.id))
        }
        if let change = self.admit(line) { shown.append(self.visible(change)) }
      })
    // Before the data changes: the other core's copy of it is then let go, not copied whole.
    if let indexing { known = indexing.value() }
    data.apply(contentsOf: shown)
    for (record, change) in known { trail.learn(record, before: change) }
    for item in refusedNow {
      refused.append(item)
      notices.append(.changeRefused(item))
    }
    return lines.count
  }

  /// What `fromFiles` finds line by line, for many lines at once (on another core): the files'
  /// record before the first change of each record no journaled change touched before. (A
  /// line the gate then refuses still followed that record: what it learns stays true.)
  static func filesRecords(before lines: [StampedLine], versions: Versions, files: ProvinceData)
    -> [(Record, ChangeID)]
  {
    let lookup = RecordLookup(files)
    var seen = Set<RecordKey>()
    var known: [(Record, ChangeID)] = []
    for index in lines.indices {
      let line = lines[index]
      let key = line.stamped.key
      // Most lines change records the files do not have (new ones): one look, and on.
      guard let record = lookup.record(key), seen.insert(key).inserted,
        line.stamped.base == nil, line.created != true, case .upsert = line.stamped.change,
        versions.version(of: key) == nil
      else { continue }
      known.append((record, line.stamped.id))
    }
    return known
  }

  /// From this many lines read at once, the history's index is built on another core.
  static let linesIndexedAside = 2_000

  /// Adds one journal line to the versions and, when it is the record's new winner, to the data.
  func take(_ line: StampedLine) {
    if let change = admit(line) { data.apply(visible(change)) }
  }

  /// Adds one journal line to the versions; returns the change the data must apply when it is
  /// the record's new winner.
  func admit(_ line: StampedLine) -> Change? {
    tail.append(line)
    clock = max(clock, line.stamped.time)
    otherYears.formUnion(Self.years(of: line))
    return versions.add(line.stamped)
  }

  /// A winning change as the data shows it: a record dated in a year not loaded waits in the
  /// journals for its year, so it leaves the data.
  func visible(_ change: Change) -> Change {
    if case .upsert(let record) = change, let year = record.year, !isLoaded(year) {
      return .delete(record.kind, id: record.id)
    }
    return change
  }
}
