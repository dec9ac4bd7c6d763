extension ProvinceStore {
  /// Writes the in-memory data into the JSON files and empties the journal. Only the registers
  /// and the years the journal touches are written; a touched year that is not loaded is
  /// loaded first, so a year's files are never rewritten from part of its records. A schema-1
  /// folder is written whole as schema 2. The order makes a crash at any step harmless:
  /// 1. the current files are kept as a new backup generation (linked in a staging folder,
  ///    fsynced, renamed into backups/);
  /// 2. `DataFolder.save`: every file written to a temporary and fsynced, renamed over its
  ///    target one by one, folders fsynced; then an upgrade's schema-1 top-level files are
  ///    removed (until then they are the ones read, so a crash before reads the old generation
  ///    plus the journal);
  /// 3. the journal is truncated and fsynced — only now, so until then every change is still
  ///    in the journal, and replaying it over files that already hold it changes nothing;
  /// 4. generations beyond the newest three are removed.
  public func fold() throws(StoreError) {
    do {
      try foldSteps()
    } catch {
      throw Self.storeError(error, path: folder.path)
    }
  }

  func foldSteps() throws {
    guard mode == .readWrite, let journal else { throw StoreError.readOnly(path: folder.path) }
    guard journal.count > 0 || upgradePending else { return }
    let years = yearsToFold()
    for year in years.sorted() { try loadYear(year) }
    let backups = Backups(folder: folder)
    try backups.snapshot(faults: faults)
    try folder.save(data, years: upgradePending ? nil : years) { step in
      try faults?.checkpoint(.save(step))
    }
    diskYears = Set(try folder.yearsOnDisk())
    upgradePending = false
    try journal.truncate()
    journalLines = []
    try faults?.checkpoint(.journalTruncated)
    try backups.prune()
    try faults?.checkpoint(.backupsPruned)
  }
}
