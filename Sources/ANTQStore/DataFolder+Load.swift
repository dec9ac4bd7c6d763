import ANTQCore
import Foundation

extension DataFolder {
  /// Reads every file of every year. Never writes.
  public func load() throws(StoreError) -> ProvinceData {
    try load(years: yearsOnDisk())
  }

  /// Reads the registers and the files of the given years (those without a folder are
  /// skipped), decoding them concurrently. Every register file must exist; dated records
  /// come back grouped by year (ascending), in file order within a year. A schema-1 folder
  /// keeps its yearly registers in one top-level file: all their years come back. Never writes.
  public func load(years: [Int]) throws(StoreError) -> ProvinceData {
    switch try status() {
    case .missing: throw StoreError.folderMissing(path: path)
    case .empty: throw StoreError.fileMissing(path: file("province.json"))
    case .populated: break
    }
    let onDisk = Set(try yearsOnDisk())
    var data = ProvinceData(province: Province(name: ""))
    try read(files(years: Set(years).intersection(onDisk).sorted()), into: &data)
    return data
  }

  /// One year's files only, in a province with no registers: what `ProvinceStore.loadYear`
  /// merges in. Nothing when the year has no folder.
  func loadYear(_ year: Int) throws(StoreError) -> ProvinceData {
    var data = ProvinceData(province: Province(name: ""))
    guard FileIO.kind(file("\(Collections.activityFolder)/\(year)")) == .folder else {
      return data
    }
    try read(Collections.yearly(year: year, skipping: legacyYearly()), into: &data)
    return data
  }

  /// The file's bytes; nothing for an optional file the folder does not have yet.
  func readOne(_ entry: CollectionFile) throws(StoreError) -> Data {
    let path = file(entry.relativePath)
    if entry.optional, FileIO.kind(path) == .missing { return Data() }
    return try FileIO.read(path)
  }

  /// How to put a file's records into the province data: nothing for an optional file the
  /// folder does not have yet.
  func records(of entry: CollectionFile, in bytes: Data) throws(StoreError) -> CollectionFile.Apply
  {
    if entry.optional, bytes.isEmpty { return { _ in } }
    return try entry.decode(bytes, file(entry.relativePath))
  }

  private func read(_ files: [CollectionFile], into data: inout ProvinceData) throws(StoreError) {
    let stamps = files.map { KnownGoodFiles.Stamp(file($0.relativePath)) }
    let loaded = try readAll(files)
    // Decode the biggest files first so both cores stay busy to the end.
    let order = loaded.indices.sorted { loaded[$0].count > loaded[$1].count }
    let decoded = parallelMap(order) { index -> Result<CollectionFile.Apply, StoreError> in
      do throws(StoreError) {
        return .success(try records(of: files[index], in: loaded[index]))
      } catch {
        return .failure(error)
      }
    }
    var applies = [CollectionFile.Apply?](repeating: nil, count: files.count)
    // Report the first damaged file in folder order, whichever thread found it first.
    var failures: [(Int, StoreError)] = []
    for (slot, result) in zip(order, decoded) {
      switch result {
      case .success(let apply): applies[slot] = apply
      case .failure(let error): failures.append((slot, error))
      }
    }
    if let first = failures.min(by: { $0.0 < $1.0 }) { throw first.1 }
    for (entry, stamp) in zip(files, stamps) {
      KnownGoodFiles.remember(file(entry.relativePath), stamp)
    }
    for apply in applies { apply!(&data) }
  }

  private func readAll(_ files: [CollectionFile]) throws(StoreError) -> [Data] {
    var contents: [Data] = []
    contents.reserveCapacity(files.count)
    for entry in files { contents.append(try readOne(entry)) }
    return contents
  }
}
