import ANTQCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The points of a save where a test can stop it as a crash would.
enum SaveStep: Hashable, Sendable {
  /// Every temporary file is written and fsynced; nothing is renamed yet.
  case temporariesWritten
  /// The n-th file (1-based) has been renamed over its target.
  case renamed(Int)
  /// A new year's folder has been moved into activity/.
  case yearPublished(Int)
  /// The folders are fsynced: every new file is durable.
  case foldersSynced
  /// The n-th schema-1 top-level file (1-based) is removed: an upgrade's last step.
  case legacyRemoved(Int)
}

extension DataFolder {
  /// Writes every collection of every year atomically: each file goes to a temporary file in
  /// the same folder, is fsynced, renamed over the old one, and the folders are fsynced. A
  /// year that is new is written into a hidden staging folder that is renamed into activity/
  /// whole, so a crash never leaves a year folder with missing files. A schema-1 folder is
  /// upgraded: its top-level yearly registers are removed once the year files holding them
  /// are durable. Refuses (and writes nothing) when an existing file is not valid JSON or has
  /// a schema this program does not know: that file may hold data only a person or a newer
  /// program can recover.
  public func save(_ data: ProvinceData) throws(StoreError) {
    do {
      try save(data, years: nil, registers: nil, reuse: nil) { _ in }
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.io(path: path, operation: .write, reason: "\(error)")
    }
  }

  /// The save with a `checkpoint` called after each step; a test's checkpoint may throw to
  /// stop the save there, with no cleanup, as a crash would. `years` limits the year files
  /// written and `registers` the register files (by collection name); the other files are not
  /// touched. nil, or a schema-1 folder (whose upgrade rewrites everything), writes them all.
  /// With `reuse` (per collection, the records changed since the files were written), a
  /// record no change touched keeps its bytes and a changed one keeps the fields this version
  /// does not know, from the file and from the journal line that wrote it (`RecordReuse`).
  func save(
    _ data: ProvinceData, years only: Set<Int>?, registers: Set<String>?,
    reuse: [String: RecordReuse.Changed]?, checkpoint: (SaveStep) throws -> Void
  ) throws {
    if try status() == .missing { try FileIO.makeFolder(path) }
    let onDisk = Set(try yearsOnDisk())
    let legacy = legacyYearly()
    let everything = only == nil || !legacy.isEmpty
    let years = (everything ? onDisk.union(Collections.activityYears(data)) : only!).sorted()
    let newYears = Set(years).subtracting(onDisk)
    var list = Collections.registers.filter {
      everything || registers?.contains($0.collection) ?? true
    }
    for year in years { list += Collections.yearly(year: year) }
    let files = list

    try checkOverwritable(files)
    var staging: [Int: String] = [:]
    for year in newYears.sorted() {
      let folder = file("\(Collections.activityFolder)/\(Self.stagingPrefix)\(year)-\(getpid())")
      if FileIO.kind(folder) != .missing { try? FileManager.default.removeItem(atPath: folder) }
      try FileIO.makeFolder(folder)
      staging[year] = folder
    }
    let targets = files.map { entry in
      entry.year.flatMap { staging[$0] }.map {
        $0 + "/"
          + (entry.relativePath as NSString)
          .lastPathComponent
      } ?? file(entry.relativePath)
    }

    let written = parallelMap(Array(zip(files, targets))) { entry, target in
      do {
        var previous: RecordReuse.Previous?
        if let reuse {
          let changed = reuse[entry.collection] ?? RecordReuse.Changed()
          if target == file(entry.relativePath), let old = try? FileIO.read(target) {
            previous = RecordReuse.Previous(old: old, changed: changed)
          } else {
            previous = RecordReuse.Previous(new: changed)
          }
        }
        let bytes = try entry.encode(data, previous)
        return Result<String, StoreError>.success(try FileIO.writeTemporary(bytes, besides: target))
      } catch let error as StoreError {
        return .failure(error)
      } catch {
        return .failure(.io(path: target, operation: .write, reason: "\(error)"))
      }
    }
    let temporaries = written.compactMap { try? $0.get() }
    for case .failure(let error) in written {
      for temporary in temporaries { unlink(temporary) }
      for folder in staging.values { try? FileManager.default.removeItem(atPath: folder) }
      throw error
    }
    try checkpoint(.temporariesWritten)
    for (index, (temporary, target)) in zip(temporaries, targets).enumerated() {
      try FileIO.rename(temporary, over: target)
      KnownGoodFiles.remember(target, KnownGoodFiles.Stamp(target))  // our own bytes
      try checkpoint(.renamed(index + 1))
    }
    for (year, folder) in staging.sorted(by: { $0.key < $1.key }) {
      try FileIO.syncFolder(folder)
      try FileIO.rename(folder, over: file("\(Collections.activityFolder)/\(year)"))
      try checkpoint(.yearPublished(year))
    }
    var folders = [path]
    if !years.isEmpty { folders.append(file(Collections.activityFolder)) }
    folders += years.map { file("\(Collections.activityFolder)/\($0)") }
    for folder in folders { try FileIO.syncFolder(folder) }
    try checkpoint(.foldersSynced)
    for (index, name) in Collections.legacyYearly.filter(legacy.contains).enumerated() {
      guard unlink(file(name + ".json")) == 0 || errno == ENOENT else {
        throw FileIO.failure(file(name + ".json"), .write)
      }
      try FileIO.syncFolder(path)
      try checkpoint(.legacyRemoved(index + 1))
    }
  }

  /// Hidden folders in activity/ where a new year is written before it is moved into place.
  static let stagingPrefix = ".new-"

  /// Every existing target must read as valid JSON with a known schema before anything is
  /// replaced. A byte scan: far cheaper than decoding.
  private func checkOverwritable(_ files: [CollectionFile]) throws(StoreError) {
    // A file read whole (or written) by this process and unchanged since needs no new look.
    let existing = files.map { file($0.relativePath) }.filter {
      FileIO.kind($0) != .missing && !KnownGoodFiles.isGood($0)
    }
    let problems = parallelMap(existing) { target -> StoreError? in
      do throws(StoreError) {
        let bytes = try FileIO.read(target)
        if let failure = JSONSyntaxCheck.firstError(in: bytes) {
          return .invalidJSON(
            file: target, position: TextPosition(offset: failure.offset, in: bytes),
            problem: failure.problem)
        }
        let schema = try Self.schema(of: bytes, file: target)
        guard Envelope<Int>.supportedSchemas.contains(schema) else {
          return .unsupportedSchema(
            file: target, found: schema, supported: Envelope<Int>.supportedSchemas)
        }
        return nil
      } catch {
        return error
      }
    }
    if let problem = problems.compactMap({ $0 }).first { throw problem }
  }

  /// The envelope's schema number: read from the head our writer puts it in, else decoded.
  private static func schema(of bytes: Data, file: String) throws(StoreError) -> Int {
    let head = bytes.prefix(64)
    let prefix = Array("{\"schema\":".utf8)
    if head.starts(with: prefix) {
      let digits = head.dropFirst(prefix.count).prefix { $0 >= 0x30 && $0 <= 0x39 }
      if let value = Int(String(decoding: digits, as: UTF8.self)) { return value }
    }
    struct Head: Decodable { let schema: Int }
    return try JSONFileDecoder.decode(Head.self, from: bytes, file: file).schema
  }
}
