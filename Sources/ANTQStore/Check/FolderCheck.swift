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
}
