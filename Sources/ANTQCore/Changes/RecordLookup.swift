/// Records found by id without a scan per question: a kind's records are indexed on the
/// first question about that kind. For many questions over data that does not change
/// meanwhile (a journal's changes weighed against the records as they stood before them).
public final class RecordLookup {
  private let data: ProvinceData
  private var positions: [RecordKind: [String: Int]] = [:]

  public init(_ data: ProvinceData) { self.data = data }

  /// The first record with the key's id, as `ProvinceData.record(_:id:)` finds it.
  public func record(_ key: RecordKey) -> Record? {
    guard let type = RecordTypes.byKind[key.kind] else { return nil }
    if positions[key.kind] == nil { positions[key.kind] = type.positions(in: data) }
    guard let index = positions[key.kind]![key.id] else { return nil }
    return type.record(at: index, in: data)
  }
}

extension RecordType {
  fileprivate static func positions(in data: ProvinceData) -> [String: Int] {
    var positions: [String: Int] = [:]
    for (index, record) in data[keyPath: records].enumerated() where positions[record.id] == nil {
      positions[record.id] = index
    }
    return positions
  }

  fileprivate static func record(at index: Int, in data: ProvinceData) -> Record {
    Record(data[keyPath: records][index])
  }
}
