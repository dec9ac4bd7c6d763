import ANTQCore
import Foundation

extension DataFolder {
  /// Reads every file, decoding them concurrently. Every register file must exist; activity
  /// logs come back grouped by year (ascending), in file order within a year. Never writes.
  public func load() throws(StoreError) -> ProvinceData {
    switch try status() {
    case .missing: throw StoreError.folderMissing(path: path)
    case .empty: throw StoreError.fileMissing(path: file("province.json"))
    case .populated: break
    }
    var list = Collections.registers
    for year in try activityYearsOnDisk() { list += Collections.activity(year: year) }
    let files = list

    let loaded = try readAll(files)
    // Decode the biggest files first so both cores stay busy to the end.
    let order = loaded.indices.sorted { loaded[$0].count > loaded[$1].count }
    let decoded = parallelMap(order) { index -> Result<CollectionFile.Apply, StoreError> in
      let entry = files[index]
      do throws(StoreError) {
        return .success(try entry.decode(loaded[index], file(entry.relativePath)))
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

    var data = ProvinceData(province: Province(name: ""))
    for apply in applies { apply!(&data) }
    return data
  }

  private func readAll(_ files: [CollectionFile]) throws(StoreError) -> [Data] {
    var contents: [Data] = []
    contents.reserveCapacity(files.count)
    for entry in files { contents.append(try FileIO.read(file(entry.relativePath))) }
    return contents
  }
}
