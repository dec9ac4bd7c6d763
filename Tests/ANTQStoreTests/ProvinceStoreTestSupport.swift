import ANTQCore
import Foundation

@testable import ANTQStore

/// A data folder holding `sampleProvince()`, inside `root`.
func seededFolder(_ root: URL) throws -> URL {
  let url = root.appendingPathComponent("data", isDirectory: true)
  try DataFolder(url).save(sampleProvince())
  return url
}

/// Opens every year unless told otherwise, so `data` can be compared with a whole province.
func openStore(
  _ url: URL, mode: ProvinceStore.Mode = .readWrite, years: ProvinceStore.YearsToLoad = .all,
  faults: StoreFaults? = nil
) throws -> ProvinceStore {
  try ProvinceStore(folder: DataFolder(url), mode: mode, years: years, faults: faults)
}

/// Edits a clerk makes in a day: an add, an edit, a delete, a record in a new year, and an
/// activity record moved to another year.
func clerkChanges() -> [Change] {
  let base = sampleProvince()
  var tip = base.tips[0]
  tip.steps.append(.init(stage: .verifying, at: moment(2025, 4, 3, 10, 0)))
  var moved = base.patrols[0]
  moved.start = moment(2025, 1, 2, 21, 0)
  moved.end = moment(2025, 1, 2, 23, 0)
  return [
    .upsert(.commune(Commune(id: "X003", name: "Xã Nga Sơn", kind: .xa))),
    .upsert(.tip(tip)),
    .delete(.member, id: "MB01"),
    .upsert(
      .outreach(
        OutreachSession(
          id: "TT2", communeID: "X003", day: day(2026, 1, 5), topic: "Phòng chống lừa đảo",
          attendees: 45))),
    .upsert(.patrol(moved)),
  ]
}

/// Edits a clerk makes with only 2025 on screen: as `clerkChanges`, but the patrol that moves
/// is a 2025 one, moved back into 2024 (a year not loaded).
func changesSeenIn2025() -> [Change] {
  var moved = sampleProvince().patrols[1]
  moved.start = moment(2024, 12, 31, 20, 0)
  moved.end = moment(2024, 12, 31, 22, 0)
  return clerkChanges().dropLast() + [.upsert(.patrol(moved))]
}

func expectedAfter(_ changes: [Change]) -> ProvinceData {
  var data = sampleProvince()
  for change in changes { data.apply(change) }
  return data
}

/// Every file under `url` with its bytes and modification time.
func folderSnapshot(_ url: URL) throws -> [String: String] {
  var result: [String: String] = [:]
  let enumerator = FileManager.default.enumerator(atPath: url.path)!
  while let relative = enumerator.nextObject() as? String {
    let path = url.path + "/" + relative
    var info = stat()
    stat(path, &info)
    let bytes =
      FileIO.kind(path) == .file ? (try Data(contentsOf: URL(fileURLWithPath: path))) : Data()
    result[relative] =
      "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_mode) \(bytes.base64EncodedString())"
  }
  return result
}

/// Names of files under `url` (relative), for leftovers checks.
func allFiles(_ url: URL) -> [String] {
  (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? []).sorted()
}

func mode(_ path: String) -> mode_t {
  var info = stat()
  stat(path, &info)
  return info.st_mode & 0o777
}

/// The one console journal in the folder (tests that open one store at a time).
func journalFile(_ url: URL) throws -> URL {
  let names = try FileManager.default.contentsOfDirectory(
    atPath: url.appendingPathComponent("journals").path
  ).filter { $0.hasSuffix(".jsonl") }
  guard names.count == 1 else { throw CocoaError(.fileReadUnknown) }
  return url.appendingPathComponent("journals/" + names[0])
}
