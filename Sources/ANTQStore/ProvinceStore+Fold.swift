import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

extension ProvinceStore {
  /// Writes the changes past the folded files into them and moves `folded.json` on to every
  /// journal's end. Only the files whose records changed are written (a year's files after
  /// loading that year whole, so they are never rewritten from part of its records); a
  /// schema-1 folder is written whole as schema 2. No journal is shortened: they are the
  /// history. Holds the fold and write locks, so no store loads or saves meanwhile. The order
  /// makes a crash at any step harmless:
  /// 1. the current files are kept as a new backup generation in backups/;
  /// 2. `DataFolder.save`: every file written to a temporary and fsynced, renamed over its
  ///    target one by one, folders fsynced;
  /// 3. `folded.json` is replaced the same way — until then it names the old positions, and
  ///    replaying changes over files that already hold them changes nothing;
  /// 4. an earlier version's `journal.jsonl` is removed; generations beyond three are removed.
  public func fold() throws(StoreError) {
    do {
      try foldSteps()
    } catch {
      throw Self.storeError(error, path: folder.path)
    }
  }

  func foldSteps() throws {
    guard mode == .readWrite, writer != nil else { throw StoreError.readOnly(path: folder.path) }
    let foldLock = try FileLock.wait(folder.file(Self.foldLockName), .exclusive)
    defer { foldLock.release() }
    let writeLock = try FileLock.wait(folder.file(Self.writeLockName), .exclusive)
    defer { writeLock.release() }
    _ = catchUp()
    guard pendingChanges > 0 || upgradePending else { return }
    Self.sweepLeftovers(folder)
    let years = yearsToFold()
    for year in years.sorted() { try loadYearUnlocked(year) }
    let folded = try Self.manifest(folder, create: false)
    let backups = Backups(folder: folder)
    try backups.snapshot(faults: faults)
    try folder.save(
      data, years: upgradePending ? nil : years,
      registers: upgradePending ? nil : registersToFold(), reuse: changedRecords(since: folded)
    ) { step in
      try faults?.checkpoint(.save(step))
    }
    diskYears = Set(try folder.yearsOnDisk())
    upgradePending = false
    var manifest = FoldedManifest(province: province)
    manifest.journals = journals.positions
    manifest.versions = versions
    try Self.write(manifest, in: folder)
    try faults?.checkpoint(.manifestWritten)
    tail = []
    encodedHere = []
    if !legacy.isEmpty || FileIO.kind(folder.file(JournalLine.fileName)) != .missing {
      unlink(folder.file(JournalLine.fileName))
      try FileIO.syncFolder(folder.path)
      legacy = []
    }
    try backups.prune()
    try faults?.checkpoint(.backupsPruned)
  }

  /// Per collection, the records the pending changes touch, with each one's current version
  /// as its journal line wrote it.
  func changedRecords(since folded: FoldedManifest) -> [String: RecordReuse.Changed] {
    var changed: [String: RecordReuse.Changed] = [:]
    let changes = tail.map(\.stamped.change) + legacy.map(\.change)
    for change in changes {
      changed[change.kind.collectionName, default: .init()].ids.insert(change.id)
    }
    var winners: [ChangeID: (collection: String, id: String)] = [:]
    for line in tail {
      let key = line.stamped.key
      if let version = versions.version(of: key), version == line.stamped.id {
        winners[version] = (key.kind.collectionName, key.id)
        if encodedHere.contains(version), case .upsert(let record) = line.stamped.change {
          changed[key.kind.collectionName]?.encodedHere[key.id] = record
        }
      }
    }
    let written = journals.writtenRecords(
      since: folded.journals, wanted: Set(winners.keys))
    for (change, record) in written {
      guard let (collection, id) = winners[change] else { continue }
      changed[collection]?.written[id] = record
    }
    return changed
  }

  /// The register files the pending changes touch.
  func registersToFold() -> Set<String> {
    let kinds = tail.map(\.stamped.change.kind) + legacy.map(\.change.kind)
    return Set(kinds.filter { !$0.isDated }.map(\.collectionName))
  }
}
