import ANTQCore
import Foundation

/// `antq check`: every problem of a data folder, not just the first. Each file is decoded on
/// its own, so one damaged file does not hide another; the journal's lines are replayed over
/// what could be read, then ids and references are checked. Never writes.
public enum FolderCheck {
  public static func run(_ url: URL) -> [FolderProblem] { run(DataFolder(url)) }

  public static func run(_ folder: DataFolder) -> [FolderProblem] {
    let years: [Int]
    do throws(StoreError) {
      switch try folder.status() {
      case .missing: return [.damagedFile(.folderMissing(path: folder.path))]
      case .empty: return [.damagedFile(.fileMissing(path: folder.file("province.json")))]
      case .populated: years = try folder.yearsOnDisk()
      }
    } catch {
      return [.damagedFile(error)]
    }
    let entries = folder.files(years: years)
    let decoded = parallelMap(entries) { entry -> Result<CollectionFile.Apply, StoreError> in
      let path = folder.file(entry.relativePath)
      do throws(StoreError) {
        let bytes = try folder.readOne(entry)
        if entry.optional, bytes.isEmpty { return .success({ _ in }) }
        return .success(try entry.decode(bytes, path))
      } catch {
        return .failure(error)
      }
    }
    var problems: [FolderProblem] = []
    var damaged = Set<String>()
    var data = ProvinceData(province: Province(name: ""))
    for (entry, result) in zip(entries, decoded) {
      switch result {
      case .success(let apply): apply(&data)
      case .failure(let error):
        problems.append(.damagedFile(error))
        damaged.insert(entry.collection)
      }
    }
    problems += journalProblems(folder, replayingInto: &data)
    problems += consoleJournalProblems(folder, replayingInto: &data)
    var references = ReferenceCheck(
      data: data, folder: folder, damaged: damaged, legacy: folder.legacyYearly())
    references.checkDuplicates()
    references.checkReferences()
    return problems + references.problems
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
    for (line, result) in JournalReader.scan([UInt8](bytes)) {
      switch result {
      case .success(let entry): data.apply(entry.change)
      case .failure(let problem):
        problems.append(.journalLine(file: path, line: line, problem: problem))
      }
    }
    return problems
  }

  /// Every line of every console's journal: in order with no gap, its checksum, its writer
  /// and province; the changes past the folded files replayed over the data; then the records
  /// in conflict still to decide.
  private static func consoleJournalProblems(
    _ folder: DataFolder, replayingInto data: inout ProvinceData
  ) -> [FolderProblem] {
    let manifest: FoldedManifest
    do throws(StoreError) {
      manifest = try ProvinceStore.manifest(folder, create: false)
    } catch {
      return [.damagedFile(error)]
    }
    var problems: [FolderProblem] = []
    var versions = manifest.versions
    var unfolded: [StampedLine] = []
    let journals = JournalFolder(folder: folder.path, province: manifest.province)
    for name in journals.names() {
      let path = journals.path + "/" + name
      guard let bytes = JournalFolder.read(path, from: 0) else {
        problems.append(.damagedFile(FileIO.failure(path, .read)))
        continue
      }
      let folded = manifest.journals[name]?.lines ?? 0
      var start = 0
      var number = 0
      while start < bytes.count {
        number += 1
        guard let end = bytes[start...].firstIndex(of: 0x0A) else {
          problems.append(.journalLine(file: path, line: number, problem: .torn))
          break
        }
        let problem: JournalProblem?
        switch StampedLine.parse(bytes[start..<end]) {
        case .failure(let failure): problem = failure
        case .success(let line):
          problem = JournalFolder.problem(
            of: line, number: number, in: name, province: manifest.province)
          if problem == nil, number > folded { unfolded.append(line) }
        }
        if let problem {
          problems.append(.journalLine(file: path, line: number, problem: problem))
          break
        }
        start = end + 1
      }
    }
    var gate = AccessGate(folded: data)
    let refused = gate.admit(
      unfolded, over: { data }, current: { data.record($0.kind, id: $0.id) },
      apply: { line in
        if let winner = versions.add(line.stamped) { data.apply(winner) }
      })
    problems += refused.map { .refused($0) }
    for (key, sides) in versions.conflicts.sorted(by: { $0.key < $1.key }) {
      problems.append(.undecided(key, sides: sides))
    }
    return problems
  }
}
