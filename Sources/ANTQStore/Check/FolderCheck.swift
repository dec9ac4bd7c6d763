import ANTQCore
import Foundation

/// `antq check`: every problem of a data folder, not just the first. Each file is decoded on
/// its own, so one damaged file does not hide another; the journal's lines are replayed over
/// what could be read, then ids and references are checked. Never writes.
public enum FolderCheck {
  public static func run(_ url: URL) -> [FolderProblem] { run(DataFolder(url)) }

  public static func run(_ folder: DataFolder) -> [FolderProblem] { look(at: folder).problems }

  /// The problems, and the province as the check read it: every year's files, with the
  /// journals' changes let in as a console lets them in (what could be read of a damaged
  /// folder), so the rules and the seals are checked without reading the folder again.
  public static func look(at folder: DataFolder) -> (
    problems: [FolderProblem], data: ProvinceData
  ) {
    var data = ProvinceData(province: Province(name: ""))
    let years: [Int]
    do throws(StoreError) {
      switch try folder.status() {
      case .missing: return ([.damagedFile(.folderMissing(path: folder.path))], data)
      case .empty:
        return ([.damagedFile(.fileMissing(path: folder.file("province.json")))], data)
      case .populated: years = try folder.yearsOnDisk()
      }
    } catch {
      return ([.damagedFile(error)], data)
    }
    let entries = folder.files(years: years)
    let consoles = ConsoleJournals(folder)
    // The files and the consoles' journals are read together on every core, biggest first, so
    // neither core waits at the end of the files for the other to finish its last one.
    let jobs =
      (entries.indices.map { CheckJob.file($0) } + consoles.names.indices.map { .journal($0) })
      .map { ($0, $0.size(entries, consoles, folder)) }.sorted { $0.1 > $1.1 }.map(\.0)
    var decoded = [Result<CollectionFile.Apply, StoreError>?](repeating: nil, count: entries.count)
    var verdicts = [JournalVerdict?](repeating: nil, count: consoles.names.count)
    for (job, result) in zip(jobs, parallelMap(jobs) { $0.run(entries, consoles, folder) }) {
      switch (job, result) {
      case (.file(let index), .file(let apply)): decoded[index] = apply
      case (.journal(let index), .journal(let verdict)): verdicts[index] = verdict
      default: preconditionFailure("a job's result of another kind")
      }
    }
    var problems: [FolderProblem] = []
    var damaged = Set<String>()
    for (entry, result) in zip(entries, decoded) {
      switch result! {
      case .success(let apply): apply(&data)
      case .failure(let error):
        problems.append(.damagedFile(error))
        damaged.insert(entry.collection)
      }
    }
    problems += journalProblems(folder, replayingInto: &data)
    problems += consoles.problems(verdicts.map { $0! }, replayingInto: &data)
    var references = ReferenceCheck(
      data: data, folder: folder, damaged: damaged, legacy: folder.legacyYearly())
    references.checkDuplicates()
    references.checkReferences()
    return (problems + references.problems, data)
  }

  private static func journalProblems(_ folder: DataFolder, replayingInto data: inout ProvinceData)
    -> [FolderProblem]
  {
    let path = folder.file(JournalLine.fileName)
    guard FileIO.kind(path) != .missing else { return [] }
    let bytes: Data
    do throws(StoreError) {
      bytes = try FileIO.read(path)
    } catch {
      return [.damagedFile(error)]
    }
    var problems: [FolderProblem] = []
    var changes: [Change] = []
    for (line, result) in JournalReader.scan([UInt8](bytes)) {
      switch result {
      case .success(let entry): changes.append(entry.change)
      case .failure(let problem):
        problems.append(.journalLine(file: path, line: line, problem: problem))
      }
    }
    data.apply(contentsOf: changes)
    return problems
  }
}

/// The consoles' journals of a folder, as `antq check` finds them.
private struct ConsoleJournals: Sendable {
  let manifest: Result<FoldedManifest, StoreError>
  let path: String
  let names: [String]

  init(_ folder: DataFolder) {
    do throws(StoreError) {
      let manifest = try ProvinceStore.manifest(folder, create: false)
      let journals = JournalFolder(folder: folder.path, province: manifest.province)
      (self.manifest, path, names) = (.success(manifest), journals.path, journals.names())
    } catch {
      (manifest, path, names) = (.failure(error), "", [])
    }
  }

  /// Each journal is verified on its own.
  func verdict(_ index: Int) -> JournalVerdict {
    guard case .success(let manifest) = manifest else { return JournalVerdict() }
    let name = names[index]
    return JournalVerdict(
      path + "/" + name, name: name, province: manifest.province, folded: manifest.journals[name])
  }

  /// Every line of every console's journal: in order with no gap, its checksum, its writer
  /// and province; the changes past the folded files replayed over the data; then the records
  /// in conflict still to decide. The changes let in are applied as the console applies them
  /// at open: weighed against the data before them, then in one pass per collection.
  func problems(_ verdicts: [JournalVerdict], replayingInto data: inout ProvinceData)
    -> [FolderProblem]
  {
    let manifest: FoldedManifest
    switch self.manifest {
    case .success(let found): manifest = found
    case .failure(let error): return [.damagedFile(error)]
    }
    var problems: [FolderProblem] = verdicts.flatMap(\.problems)
    var versions = manifest.versions
    let unfolded = verdicts.flatMap(\.unfolded)
    var gate = AccessGate(folded: data)
    let before = data
    let lookup = RecordLookup(before)
    var winners: [Change] = []
    let refused = gate.admit(
      unfolded, over: { before }, current: lookup.record,
      apply: { line in
        if let winner = versions.add(line.stamped) { winners.append(winner) }
      })
    data.apply(contentsOf: winners)
    problems += refused.map { .refused($0) }
    for (key, sides) in versions.conflicts.sorted(by: { $0.key < $1.key }) {
      problems.append(.undecided(key, sides: sides))
    }
    return problems
  }
}

/// One piece of `antq check`'s reading: a data file or a console's journal.
private enum CheckJob: Sendable {
  case file(Int)
  case journal(Int)

  enum Outcome: Sendable {
    case file(Result<CollectionFile.Apply, StoreError>)
    case journal(JournalVerdict)
  }

  func size(_ entries: [CollectionFile], _ consoles: ConsoleJournals, _ folder: DataFolder) -> Int {
    let path =
      switch self {
      case .file(let index): folder.file(entries[index].relativePath)
      case .journal(let index): consoles.path + "/" + consoles.names[index]
      }
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  func run(_ entries: [CollectionFile], _ consoles: ConsoleJournals, _ folder: DataFolder)
    -> Outcome
  {
    switch self {
    case .journal(let index): return .journal(consoles.verdict(index))
    case .file(let index):
      let entry = entries[index]
      do throws(StoreError) {
        return .file(.success(try folder.records(of: entry, in: folder.readOne(entry))))
      } catch {
        return .file(.failure(error))
      }
    }
  }
}

/// One console's journal as `antq check` finds it: its problems (reading stops at the first
/// damaged or unchained line, as the console's does), and its well-chained lines past the
/// folded files.
private struct JournalVerdict: Sendable {
  var problems: [FolderProblem] = []
  var unfolded: [StampedLine] = []

  init() {}

  init(_ path: String, name: String, province: String, folded: JournalFolder.Position?) {
    guard let bytes = JournalFolder.read(path, from: 0) else {
      problems.append(.damagedFile(FileIO.failure(path, .read)))
      return
    }
    var chain = ChainTip(writer: String(name.dropLast(JournalFolder.suffix.count)))
    let links = JournalLinks(bytes)
    let reuse = LineReuse()
    var start = 0
    var number = 0
    while start < bytes.count {
      number += 1
      guard let end = bytes[start...].firstIndex(of: 0x0A) else {
        problems.append(.journalLine(file: path, line: number, problem: .torn))
        break
      }
      let problem: JournalProblem?
      switch StampedLine.parse(bytes[start..<end], reuse: reuse) {
      case .failure(let failure): problem = failure
      case .success(let line):
        problem = JournalFolder.problem(
          of: line, number: number, in: name, province: province, chain: chain,
          lineWithHash: links.line(withHash:))
        if problem == nil, number > folded?.lines ?? 0 { unfolded.append(line) }
        chain = chain.after(line, bytes: bytes[start...end])
      }
      if let problem {
        problems.append(.journalLine(file: path, line: number, problem: problem))
        break
      }
      start = end + 1
    }
    if start >= bytes.count,
      let lost = JournalLinks.foldedLinesMissing(folded, lines: number, bytes: bytes.count)
    {
      problems.append(
        .journalLine(file: path, line: lost, problem: .foldedLineMissing(folded: folded!.lines)))
    }
  }
}
