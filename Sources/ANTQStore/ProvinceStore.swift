import ANTQCore
import Foundation

/// The one object the app talks to about a data folder. Opened read-write it holds the
/// folder's lock; every change is appended to the journal and fsynced before `record` returns,
/// and the journal is folded into the JSON files on close and when it grows past a bound.
/// Only some years' dated records may be loaded (`loadedYears`); `loadYear` brings another.
public final class ProvinceStore {
  public enum Mode: Sendable { case readWrite, readOnly }

  /// Which years' files `open` reads; the registers are always read.
  public enum YearsToLoad: Equatable, Sendable {
    /// The latest year that has a folder: what the dashboard shows first.
    case latest
    /// Every year: for reports and checks over all years.
    case all
    /// These years (those without a folder are skipped).
    case only([Int])
  }

  public let folder: DataFolder
  public let mode: Mode
  /// The province as the user sees it: the files plus every change recorded since. Dated
  /// records (activity logs, assessments, appraisals) only of `loadedYears`.
  public internal(set) var data: ProvinceData
  /// What the app should show once after opening (or after a background fold failed).
  public internal(set) var notices: [StoreNotice] = []

  /// Fold when the journal holds this many changes or bytes.
  public var foldAfterChanges = 1_000
  public var foldAfterBytes = 4 << 20

  var lock: FolderLock?
  var journal: JournalWriter?
  var sequence: Int
  let faults: StoreFaults?
  /// The journal's lines not yet folded, for the years loaded later and for the fold.
  var journalLines: [JournalLine]
  /// Years with a folder under activity/.
  var diskYears: Set<Int>
  /// Years with a folder whose files are in `data`. A year without a folder is always
  /// loaded: all it has is in the journal.
  var loaded: Set<Int>
  /// Years known other than by a folder: a schema-1 register's, the journal's.
  var otherYears: Set<Int>
  /// The folder is schema 1: the next fold writes it as schema 2, every year.
  var upgradePending: Bool

  var journalPath: String { folder.file(JournalLine.fileName) }

  /// Changes in the journal not yet folded into the files.
  public var pendingChanges: Int { journal?.count ?? 0 }

  /// Opens the folder: takes its lock (read-write), loads the registers and the files of
  /// `years`, and replays the journal. A schema-1 folder loads every year (its upgrade
  /// rewrites them all). Read-only never writes anything, not even the lock file.
  public static func open(folder url: URL, mode: Mode = .readWrite, years: YearsToLoad = .latest)
    throws(StoreError) -> ProvinceStore
  {
    try ProvinceStore(folder: DataFolder(url), mode: mode, years: years, faults: nil)
  }

  /// Saves `data` as a new province in an empty or missing folder, then opens it read-write.
  public static func create(folder url: URL, data: ProvinceData) throws(StoreError)
    -> ProvinceStore
  {
    let folder = DataFolder(url)
    if try folder.status() == .populated {
      throw StoreError.io(
        path: folder.path, operation: .create, reason: "the folder already holds a province")
    }
    try FileIO.makeFolder(folder.path)
    let lock = try FolderLock.acquire(folder: folder.path)
    try folder.save(data)
    lock.release()
    return try open(folder: url)
  }

  init(folder: DataFolder, mode: Mode, years: YearsToLoad = .all, faults: StoreFaults?)
    throws(StoreError)
  {
    self.folder = folder
    self.mode = mode
    self.faults = faults
    if try folder.status() == .missing { throw StoreError.folderMissing(path: folder.path) }
    let lock = mode == .readWrite ? try FolderLock.acquire(folder: folder.path) : nil
    do throws(StoreError) {
      if lock != nil { Self.sweepLeftovers(folder) }
      let onDisk = try folder.yearsOnDisk()
      let upgrade = !folder.legacyYearly().isEmpty
      let chosen = Set(upgrade ? onDisk : Self.choose(years, from: onDisk))
      var data = try folder.load(years: chosen.sorted())
      let journalPath = folder.file(JournalLine.fileName)
      let contents = try JournalReader.read(journalPath)
      for line in contents.lines { data.apply(line.change) }
      let unloaded = Set(onDisk).subtracting(chosen)
      if !unloaded.isEmpty { data.removeYears(where: unloaded.contains) }
      var keptAs: String?
      if lock != nil {
        if let dropped = contents.dropped { keptAs = try Self.keep(dropped, in: folder) }
        journal = try JournalWriter(
          path: journalPath, length: contents.goodLength, count: contents.lines.count,
          faults: faults)
      }
      if let dropped = contents.dropped {
        notices.append(
          .journalTailDropped(
            file: journalPath, line: dropped.line, problem: dropped.problem, keptAs: keptAs))
      }
      if upgrade { notices.append(.upgradePending(folder: folder.path)) }
      self.data = data
      self.sequence = contents.lines.last?.sequence ?? 0
      self.journalLines = contents.lines
      self.diskYears = Set(onDisk)
      self.loaded = chosen
      self.upgradePending = upgrade
      self.otherYears = upgrade ? Set(data.years) : []
      for line in contents.lines { otherYears.formUnion(Self.years(of: line)) }
      self.lock = lock
    } catch {
      lock?.release()
      throw error
    }
  }

  deinit { abandon() }

  /// Records one change: appends it to the journal, fsyncs, and only then applies it to
  /// `data`. When this returns, the change survives a crash or power cut. On failure (a full
  /// disk, a read-only folder) it throws with the OS reason and `data` is unchanged.
  public func record(_ change: Change) throws(StoreError) {
    do {
      try recordSteps(change)
    } catch {
      throw Self.storeError(error, path: journalPath)
    }
    if pendingChanges >= foldAfterChanges || (journal?.length ?? 0) >= foldAfterBytes {
      do throws(StoreError) {
        try fold()
      } catch {
        notices.append(.foldFailed(error))
      }
    }
  }

  /// The change that would undo `change` if recorded now (before `change` is recorded).
  public func undo(of change: Change) -> Change { data.inverse(of: change) }

  /// Folds the journal into the files (and upgrades a schema-1 folder) and releases the
  /// lock. The store is unusable after.
  public func close() throws(StoreError) {
    defer { abandon() }
    if mode == .readWrite, pendingChanges > 0 || upgradePending { try fold() }
  }

  func recordSteps(_ change: Change) throws {
    guard mode == .readWrite, let journal else { throw StoreError.readOnly(path: folder.path) }
    let line = JournalLine(sequence: sequence + 1, change: change, years: touchedYears(change))
    try journal.append(try line.encoded())
    try faults?.checkpoint(.recordSynced)
    sequence += 1
    journalLines.append(line)
    otherYears.formUnion(Self.years(of: line))
    data.apply(change)
    // A record dated in a year not loaded waits in the journal for its year.
    if case .upsert(let record) = change, let year = record.year, !isLoaded(year) {
      data.apply(.delete(record.kind, id: record.id))
    }
  }

  /// Closes the files and the lock without folding, as the kernel does when a process dies.
  func abandon() {
    journal?.close()
    journal = nil
    lock?.release()
    lock = nil
  }

  static func storeError(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    return .io(path: path, operation: .write, reason: "\(error)")
  }

  /// Keeps a dropped journal tail in backups/ so nothing is thrown away unseen.
  private static func keep(_ dropped: JournalContents.Dropped, in folder: DataFolder)
    throws(StoreError) -> String
  {
    let backups = Backups(folder: folder).root
    try FileIO.makeFolder(backups)
    let name = "journal-dropped-\(Int(Date().timeIntervalSince1970))-line\(dropped.line).jsonl"
    let temporary = try FileIO.writeTemporary(Data(dropped.bytes), besides: backups + "/" + name)
    try FileIO.rename(temporary, over: backups + "/" + name)
    try FileIO.syncFolder(backups)
    return backups + "/" + name
  }

  /// Temporary files and staging folders a crashed save left behind.
  private static func sweepLeftovers(_ folder: DataFolder) {
    let activity = folder.file(Collections.activityFolder)
    var folders = [folder.path]
    for name in (try? FileIO.list(activity)) ?? [] {
      let path = activity + "/" + name
      if name.hasPrefix(DataFolder.stagingPrefix) {
        try? FileManager.default.removeItem(atPath: path)
      } else if FileIO.kind(path) == .folder {
        folders.append(path)
      }
    }
    for path in folders {
      for name in (try? FileIO.list(path)) ?? [] where name.contains(".json.tmp-") {
        unlink(path + "/" + name)
      }
    }
  }
}
