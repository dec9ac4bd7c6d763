/// One edit of the province: a record added or replaced (matched by id), or removed.
/// Undo is a change too (`ProvinceData.inverse(of:)`), so it goes through the journal.
public enum Change: Hashable, Sendable {
  case upsert(Record)
  case delete(RecordKind, id: String)

  public var kind: RecordKind {
    switch self {
    case .upsert(let record): return record.kind
    case .delete(let kind, _): return kind
    }
  }

  public var id: String {
    switch self {
    case .upsert(let record): return record.id
    case .delete(_, let id): return id
    }
  }
}

/// `{"op":"upsert","kind":"patrol","record":{…}}` or `{"op":"delete","kind":"patrol","id":"…"}`.
extension Change: Codable {
  private enum Keys: String, CodingKey { case op, kind, record, id }
  private enum Operation: String, Codable { case upsert, delete }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let kind = try container.decode(RecordKind.self, forKey: .kind)
    switch try container.decode(Operation.self, forKey: .op) {
    case .delete:
      self = .delete(kind, id: try container.decode(String.self, forKey: .id))
    case .upsert:
      self = .upsert(try Record.decode(kind, from: container.superDecoder(forKey: .record)))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(kind, forKey: .kind)
    switch self {
    case .delete(_, let id):
      try container.encode(Operation.delete, forKey: .op)
      try container.encode(id, forKey: .id)
    case .upsert(let record):
      try container.encode(Operation.upsert, forKey: .op)
      try record.encode(to: container.superEncoder(forKey: .record))
    }
  }
}
