import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The one object the app talks to about a data folder. Any number of stores, in any number
/// of processes, open one folder read-write at once: each appends its changes to a journal of
/// its own (`journals/`), fsynced before `record` returns, and reads the others' journals as
/// they grow (`refresh`). The data is the folded files plus every journal's changes past the
/// positions `folded.json` names, merged by `Versions`: the same changes give the same data
/// whatever their order. The last store to close folds the journals into the files.
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
  public internal(set) var mode: Mode
  /// The province as the user sees it: the files plus every change recorded since. Dated
  /// records (activity logs, assessments, appraisals) only of `loadedYears`.
  public internal(set) var data: ProvinceData
  /// Every change this store knows of, and each record's current version.
  public internal(set) var versions: Versions
  /// What the app should show once (a damaged journal line, a fold that failed…).
  public internal(set) var notices: [StoreNotice] = []
  /// Who this store's changes are made by: the machine's account, or the user who logged in.
  public internal(set) var author: Author
  /// Journal changes not let in: their author's role did not allow them.
  public internal(set) var refused: [RefusedChange] = []

  /// Seals a tip's informant before the change reaches the journal; nil refuses such changes.
  public var sealer: (any IdentitySealing)?

  /// Fold when this many changes wait in the journals.
  public var foldAfterChanges = 1_000

  let faults: StoreFaults?
  /// This folder's province id: every journal line names it.
  var province: String
  public var provinceID: String { province }
  var journals: JournalFolder
  var own: OwnJournal?
  var writer: JournalWriter?
  /// Held shared while open: the last store to close finds it free and folds.
  var presence: FileLock?
  /// Changes past the folded files, for the years loaded later and for the fold.
  var tail: [StampedLine] = []
  /// The lines of `tail` this store encoded itself: their records' bytes in the journal are
  /// this version's encoding of them, which the fold need not make again.
  var encodedHere: Set<ChangeID> = []
  /// Lines of `journal.jsonl`, the single journal of earlier versions: replayed, then folded.
  var legacy: [JournalLine] = []
  /// Years with a folder under activity/.
  var diskYears: Set<Int>
  /// Years with a folder whose files are in `data`. A year without a folder is always
  /// loaded: all it has is in the journals.
  var loaded: Set<Int>
  /// Years known other than by a folder: a schema-1 register's, the journals'.
  var otherYears: Set<Int> = []
  /// The folder is schema 1: the next fold writes it as schema 2, every year.
  var upgradePending: Bool
  /// The hybrid clock: the latest time stamped or seen, in microseconds.
  var clock: Int64 = 0
  var gate: AccessGate
  /// Every journal change read, by record: the histories `h` shows.
  let trail: TrailIndex
  /// The inotify watch on the journals, once made (`changeDescriptor`).
  var watch: JournalWatch?
  /// The journals cannot be watched (a network share): poll them.
  var watchRefused = false

  static let foldLockName = ".antq-fold.lock"
  static let writeLockName = ".antq-write.lock"
  static let presenceLockName = ".antq-presence.lock"

  /// Changes in the journals not yet folded into the files.
  public var pendingChanges: Int { tail.count + legacy.count }

  /// This store's journal, nil when read-only.
  public var journalName: String? { own?.name }

  /// Opens the folder: read-write unless asked, or unless the folder cannot be written (then
  /// read-only, with a notice saying why). Loads the registers and the files of `years`, and
  /// every journal's changes not yet folded. Read-only never writes anything.
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
    try folder.save(data)
    return try open(folder: url)
  }

  init(
    folder: DataFolder, mode requested: Mode, years: YearsToLoad = .all, faults: StoreFaults?,
    author: Author = .current()
  ) throws(StoreError) {
    self.folder = folder
    self.faults = faults
    self.author = author
    if try folder.status() == .missing { throw StoreError.folderMissing(path: folder.path) }
    var mode = requested
    var presence: FileLock?
    var own: OwnJournal?
    if mode == .readWrite {
      do throws(StoreError) {
        presence = try FileLock.wait(folder.file(Self.presenceLockName), .shared)
        let replica = try Replica.id(of: folder, writable: true)
        own = try OwnJournal.claim(folder: folder, replica: replica, author: author)
      } catch {
        presence = nil
        own = nil
        mode = .readOnly
        notices.append(.openedReadOnly(FolderAccess.whyNotWritable(folder, error)))
      }
    }
    self.mode = mode
    if mode == .readWrite { _ = try Self.manifest(folder, create: true) }
    // Files and manifest are read together, never in the middle of a fold.
    let foldLock = try? FileLock.wait(folder.file(Self.foldLockName), .shared)
    let manifest = try Self.manifest(folder, create: false)
    let onDisk = try folder.yearsOnDisk()
    let upgrade = !folder.legacyYearly().isEmpty
    let chosen = Set(upgrade ? onDisk : Self.choose(years, from: onDisk))
    let journals = JournalFolder(
      folder: folder.path, province: manifest.province, from: manifest.journals)
    // The journals are read and parsed while the files load: with much unfolded, that is half
    // the open.
    let due = manifest.province.isEmpty ? nil : journals.due()
    let parsing = due.map { due in
      InBackground { [path = journals.path, province = manifest.province] in
        JournalFolder.parse(JournalFolder.read(due.work, in: path), province: province)
      }
    }
    var data = try folder.load(years: chosen.sorted())
    let legacy = try JournalReader.read(folder.file(JournalLine.fileName))
    for line in legacy.lines { data.apply(line.change) }
    let unloaded = Set(onDisk).subtracting(chosen)
    if !unloaded.isEmpty { data.removeYears(where: unloaded.contains) }
    if let dropped = legacy.dropped {
      notices.append(
        .journalTailDropped(
          file: folder.file(JournalLine.fileName), line: dropped.line, problem: dropped.problem,
          keptAs: nil))
    }
    if upgrade { notices.append(.upgradePending(folder: folder.path)) }
    self.data = data
    self.versions = manifest.versions
    self.province = manifest.province
    self.journals = journals
    self.legacy = legacy.lines
    self.diskYears = Set(onDisk)
    self.loaded = chosen
    self.upgradePending = upgrade
    self.otherYears = upgrade ? Set(data.years) : []
    for line in legacy.lines { otherYears.formUnion(Self.years(of: line)) }
    self.presence = presence
    self.own = own
    self.gate = AccessGate(folded: data)
    self.trail = TrailIndex(unreadBefore: manifest.journals)
    if let due, let parsing {
      absorb(journals.take(parsing.value(), notices: due.notices))
    } else {
      _ = catchUp()
    }
    foldLock?.release()
    if let own {
      do throws(StoreError) {
        writer = try JournalWriter(
          path: journals.path + "/" + own.name, length: own.length, count: own.lines,
          chain: own.chain, faults: faults)
      } catch {
        self.own = nil
        self.presence = nil
        self.mode = .readOnly
        notices.append(.openedReadOnly(FolderAccess.whyNotWritable(folder, error)))
      }
    }
    if writer != nil, !legacy.lines.isEmpty, tail.isEmpty { adoptLegacyJournal() }
  }

  deinit { abandon() }

  /// An earlier version's single journal becomes changes of this console's journal, so they
  /// carry an id and sync like any other; then the old file goes. (When other consoles have
  /// already added changes after it, it is left to the next fold, which keeps the order.)
  private func adoptLegacyJournal() {
    do {
      for line in legacy { _ = try recordSteps(line.change, checkAccess: false) }
      let path = folder.file(JournalLine.fileName)
      unlink(path)
      try FileIO.syncFolder(folder.path)
      legacy = []
    } catch {
      notices.append(.foldFailed(Self.storeError(error, path: folder.path)))
    }
  }

  /// The manifest, or a new one for a folder no store of this version has opened yet (made
  /// and written under the fold lock, so two stores opening at once agree on it). The caller
  /// must not hold the fold lock when `create` is set.
  static func manifest(_ folder: DataFolder, create: Bool) throws(StoreError) -> FoldedManifest {
    let path = folder.file(FoldedManifest.fileName)
    if FileIO.kind(path) == .missing, create {
      let lock = try FileLock.wait(folder.file(foldLockName), .exclusive)
      defer { lock.release() }
      if FileIO.kind(path) == .missing {
        let manifest = FoldedManifest(province: FoldedManifest.newProvinceID())
        try write(manifest, in: folder)
        return manifest
      }
    }
    guard FileIO.kind(path) != .missing else { return FoldedManifest(province: "") }
    return try JSONFileDecoder.decode(FoldedManifest.self, from: try FileIO.read(path), file: path)
  }

  static func write(_ manifest: FoldedManifest, in folder: DataFolder) throws(StoreError) {
    let path = folder.file(FoldedManifest.fileName)
    let bytes: Data
    do {
      bytes = try manifest.encoded()
    } catch {
      throw StoreError.io(path: path, operation: .write, reason: "\(error)")
    }
    try FileIO.replace(path, with: bytes)
  }

  /// Records one change, based on the record's version `base` (what the form was opened on):
  /// when someone else changed or deleted the record since, nothing is written and the error
  /// is `.conflict` with their version. Else the change is appended to this store's journal
  /// and fsynced, and only then applied to `data`: when this returns, the change survives a
  /// crash or power cut. `settles` names the other sides of a conflict this change decides.
  @discardableResult
  public func record(_ change: Change, basedOn base: ChangeID?, settles: [ChangeID] = [])
    throws(StoreError) -> StampedChange
  {
    try record(change, check: .some(base), settles: settles)
  }

  /// Records a change over whatever version the record has now (an import, a test).
  @discardableResult
  public func record(_ change: Change) throws(StoreError) -> StampedChange {
    try record(change, check: .none, settles: [])
  }

  private func record(_ change: Change, check: ChangeID??, settles: [ChangeID])
    throws(StoreError) -> StampedChange
  {
    let stamped: StampedChange
    do {
      stamped = try recordSteps(change, check: check, settles: settles)
    } catch {
      throw Self.storeError(error, path: journals.path)
    }
    foldIfDue()
    return stamped
  }

  /// Folds once `foldAfterChanges` changes wait; a failed fold is a notice, the changes stay
  /// safe in the journal.
  func foldIfDue() {
    guard pendingChanges >= foldAfterChanges else { return }
    do throws(StoreError) {
      try fold()
    } catch {
      notices.append(.foldFailed(error))
    }
  }

  /// Under the write lock: catch up with the other journals, check the base, append, fsync.
  /// Throws what failed as it is (a test's planned crash included).
  func recordSteps(
    _ change: Change, check: ChangeID?? = .none, settles: [ChangeID] = [],
    checkAccess: Bool = true
  ) throws -> StampedChange {
    guard mode == .readWrite, let own, let writer else {
      throw StoreError.readOnly(path: folder.path)
    }
    let lock = try FileLock.wait(folder.file(Self.writeLockName), .exclusive)
    defer { lock.release() }
    _ = catchUp()
    let line = try self.line(
      change, check: check, settles: settles, policy: checkAccess ? AccessPolicy(data) : nil,
      sequence: lastSequence(of: own.writer) + 1, prev: writer.chain)
    try append(line)
    return line.stamped
  }

  /// The journal line of `change`, checked: the author's role (with `policy`), then the
  /// record's version against `check`; the identity sealed.
  /// `lookup` finds the records of `data` by id for a change set, which would otherwise
  /// search a collection once per change.
  func line(
    _ change: Change, check: ChangeID??, settles: [ChangeID], policy: AccessPolicy?,
    sequence: Int, prev: String, lookup: RecordLookup? = nil
  ) throws -> StampedLine {
    let key = RecordKey(change.kind, change.id)
    let current = versions.version(of: key)
    let time = tick()
    let record = lookup.map { $0.record(key) } ?? data.record(change.kind, id: change.id)
    if let refusal = policy?.refusal(
      of: change, by: author.user, at: Moment(micros: time), current: record, in: data)
    {
      throw StoreError.notAllowed(refusal)
    }
    if case .some(let base) = check, base != current, let theirs = versions.winner(of: key) {
      throw StoreError.conflict(
        EditConflict(key: key, theirs: theirs, theirRecord: record, mine: change))
    }
    let change = try sealed(change)
    let stamped = StampedChange(
      id: ChangeID(writer: own!.writer, sequence: sequence), time: time, author: author,
      base: current, settles: settles, change: change)
    return StampedLine(
      stamped: stamped, province: province, years: touchedYears(change), prev: prev,
      created: creates(change, current: current, existing: record))
  }

  /// The last change number a journal holds, refused changes included.
  func lastSequence(of writer: String) -> Int {
    let refusedHere = refused.lazy.filter { $0.stamped.id.writer == writer }.map(
      \.stamped.id.sequence)
    return max(versions.applied[writer] ?? 0, refusedHere.max() ?? 0)
  }

  private func append(_ line: StampedLine) throws {
    let bytes = try line.encoded()
    try writer!.append(bytes)
    encodedHere.insert(line.stamped.id)
    try faults?.checkpoint(.recordSynced)
    journals.advance(own!.name, by: bytes.count)
    trail.add([line])
    if let record = fromFiles(before: line, current: { self.data.record($0.kind, id: $0.id) }) {
      trail.learn(record, before: line.stamped.id)
    }
    take(line)
  }

  /// The next time stamp: the wall clock, but always after every change seen.
  func tick() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let micros = Int64(now.tv_sec) * 1_000_000 + Int64(now.tv_nsec / 1000)
    clock = max(micros, clock + 1)
    return clock
  }

  /// Makes this store's next changes in the name of `account` (a user who logged in with
  /// their password on a shared machine account).
  public func signIn(as account: String) {
    author = Author(user: account, host: author.host)
  }

  /// The change that would undo `change` if recorded now (before `change` is recorded).
  public func undo(of change: Change) -> Change { data.inverse(of: change) }

  /// Folds the journals into the files when no other console is open, and closes. The store
  /// is unusable after.
  public func close() throws(StoreError) {
    defer { abandon() }
    guard mode == .readWrite, presence?.tryUpgrade() == true else { return }
    try fold()
  }

  /// Closes the files and locks without folding, as the kernel does when a process dies.
  func abandon() {
    writer?.close()
    writer = nil
    own?.lock.release()
    own = nil
    presence?.release()
    presence = nil
  }

  static func storeError(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    return .io(path: path, operation: .write, reason: "\(error)")
  }

  /// Temporary files and staging folders a crashed save left behind: swept while folding,
  /// when no other fold can be writing them.
  static func sweepLeftovers(_ folder: DataFolder) {
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

extension Author {
  /// The login account and the machine this process runs as.
  public static func current() -> Author {
    var name = [CChar](repeating: 0, count: 256)
    let host =
      gethostname(&name, name.count) == 0
      ? String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
      : "?"
    let user =
      getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
      ?? ProcessInfo.processInfo.environment["USER"] ?? "?"
    return Author(user: user, host: host)
  }
}
