import ANTQCore
import Foundation

/// Writes a whole console journal at once, chained as a console writes it: for benchmarks
/// that need many changes in a folder without a fsync per change. The folder must not be
/// open in a console; the journal `writer` must be new. Each change is based on the one
/// before it of the same record in this journal.
public enum ChainedJournalFile {
  public static func write(
    _ changes: [Change], writer: String, author: Author, in url: URL, startingAt time: Int64
  ) throws(StoreError) {
    let folder = DataFolder(url)
    let manifest = try ProvinceStore.manifest(folder, create: true)
    let journals = folder.file(JournalFolder.folderName)
    try FileIO.makeFolder(journals)
    var bytes: [UInt8] = []
    var chain = JournalChain.start(of: writer)
    var versions: [RecordKey: ChangeID] = [:]
    for (index, change) in changes.enumerated() {
      let id = ChangeID(writer: writer, sequence: index + 1)
      let key = RecordKey(change.kind, change.id)
      let stamped = StampedChange(
        id: id, time: time + Int64(index), author: author, base: versions[key], settles: [],
        change: change)
      versions[key] = id
      var years: [Int]?
      if case .upsert(let record) = change, let year = record.year { years = [year] }
      let line = try StampedLine(
        stamped: stamped, province: manifest.province, years: years, prev: chain
      ).encoded()
      chain = JournalChain.link(line)
      bytes += line
    }
    try FileIO.replace(journals + "/" + writer + JournalFolder.suffix, with: Data(bytes))
  }
}
