import ANTQCore

extension JournalFolder {
  /// The records as the journal lines past `since` wrote them, for the changes `wanted`
  /// (by change id): a line of a newer version may carry fields this version does not know,
  /// which a fold must keep. Reads only the lines already read past `since`.
  func writtenRecords(since: [String: Position], wanted: Set<ChangeID>) -> [ChangeID: [UInt8]] {
    guard !wanted.isEmpty else { return [:] }
    var found: [ChangeID: [UInt8]] = [:]
    for (name, end) in positions {
      let start = since[name]?.bytes ?? 0
      guard end.bytes > start, let bytes = Self.read(path + "/" + name, from: start) else {
        continue
      }
      var lineStart = 0
      let stop = min(bytes.count, end.bytes - start)
      while lineStart < stop, let lineEnd = bytes[lineStart..<stop].firstIndex(of: 0x0A) {
        if let (id, record) = Self.record(in: bytes[lineStart..<lineEnd]), wanted.contains(id) {
          found[id] = Array(record)
        }
        lineStart = lineEnd + 1
      }
    }
    return found
  }

  /// A line's change id and the bytes of its change's record; nil for a delete.
  private static func record(in line: ArraySlice<UInt8>) -> (ChangeID, ArraySlice<UInt8>)? {
    guard let fields = RecordReuse.fields(of: line) else { return nil }
    func value(_ key: String) -> ArraySlice<UInt8>? {
      fields.first { $0.key == key }.map { line[$0.value] }
    }
    guard let writer = value("w").flatMap({ RecordReuse.Scanner(bytes: $0).decoded() }),
      let sequence = value("seq").flatMap({ Int(String(decoding: $0, as: UTF8.self)) }),
      let change = value("change"), let inner = RecordReuse.fields(of: change),
      let record = inner.first(where: { $0.key == "record" })
    else { return nil }
    return (ChangeID(writer: writer, sequence: sequence), change[record.value])
  }
}
