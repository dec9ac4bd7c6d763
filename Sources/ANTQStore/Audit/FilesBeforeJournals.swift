import ANTQCore
import Foundation

/// The version of a record the files held before its first journaled change, for a record
/// that came from the files (the demo, an import, a version before the journals): the files
/// now when that change is not folded yet, else the oldest backup when it is surely older
/// than the fold that took the change in (the first backup, or one made a second before the
/// change). Unknown otherwise: the history then says "as in the files when it begins".
struct FilesBeforeJournals {
  let folder: DataFolder
  let folded: [String: JournalFolder.Position]
  private var decoded: [String: ProvinceData] = [:]

  init(folder: DataFolder, folded: [String: JournalFolder.Position]) {
    self.folder = folder
    self.folded = folded
  }

  /// The records before each record's first change, where it could be found.
  static func initial(
    _ changes: [TrailChange], in folder: DataFolder, folded manifest: FoldedManifest
  )
    -> [ChangeID: Record?]
  {
    var first: [RecordKey: TrailChange] = [:]
    for change in changes where change.stamped.base == nil && change.created != true {
      guard let known = first[change.key] else {
        first[change.key] = change
        continue
      }
      if (change.stamped.time, change.stamped.id) < (known.stamped.time, known.stamped.id) {
        first[change.key] = change
      }
    }
    var files = FilesBeforeJournals(folder: folder, folded: manifest.journals)
    var result: [ChangeID: Record?] = [:]
    for (key, change) in first {
      guard let record = change.record, let source = files.source(before: change) else {
        continue
      }
      result[change.stamped.id] = .some(files.find(key, year: record.year, in: source))
    }
    return result
  }

  /// Where the files before `change` are: this folder, a backup generation, or nowhere known.
  private func source(before change: TrailChange) -> DataFolder? {
    let id = change.stamped.id
    if id.sequence > folded[id.writer + JournalFolder.suffix]?.lines ?? 0 { return folder }
    guard let oldest = Backups(folder: folder).generations().first else { return nil }
    let name = (oldest as NSString).lastPathComponent
    if name.hasPrefix("000001-") { return DataFolder(URL(fileURLWithPath: oldest)) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
    guard let dash = name.firstIndex(of: "-"),
      let made = formatter.date(from: String(name[name.index(after: dash)...])),
      Int64((made.timeIntervalSince1970 + 1) * 1_000_000) < change.stamped.time
    else { return nil }
    return DataFolder(URL(fileURLWithPath: oldest))
  }

  /// The record in `source`'s file of its kind (its year's first, then the other years').
  private mutating func find(_ key: RecordKey, year: Int?, in source: DataFolder) -> Record? {
    let years = [year].compactMap { $0 } + ((try? source.yearsOnDisk()) ?? []).filter { $0 != year }
    for year in key.kind.isDated ? years : [0] {
      let files = source.files(years: key.kind.isDated ? [year] : [])
      for entry in files
      where entry.collection == key.kind.collectionName
        && entry.year == (key.kind.isDated ? year : nil)
      {
        let path = source.file(entry.relativePath)
        if decoded[path] == nil {
          var data = ProvinceData(province: Province(name: ""))
          if let bytes = try? source.readOne(entry), !bytes.isEmpty,
            let apply = try? entry.decode(bytes, path)
          {
            apply(&data)
          }
          decoded[path] = data
        }
        if let record = decoded[path]!.record(key.kind, id: key.id) { return record }
      }
    }
    return nil
  }
}
