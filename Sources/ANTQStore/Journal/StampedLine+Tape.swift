import ANTQCore

extension StampedLine.Body {
  /// A line's own fields read off the tape in one pass over its keys, and its change's; only
  /// the record goes through `Decodable` (its type is the domain's). Keys it does not know are skipped, as
  /// Foundation's decoder skips them (`crc`, a newer version's field). Anything it cannot read
  /// exactly as Foundation would (a key twice, a null where a value must be) throws, and the
  /// caller decodes the line with Foundation, which also says what is wrong.
  init(tape document: TapeDocument, decoder: TapeDecoder) throws {
    var at: Int64?
    var base: ChangeID??
    var by: String?
    var change: Change?
    var host: String?
    var new: Bool??
    var p: String?
    var prev: String??
    var seq: Int?
    var settles: [ChangeID]??
    var v: Int?
    var w: String?
    var years: [Int]??
    func once<T>(_ slot: inout T?, _ read: () throws -> T) throws {
      guard slot == nil else { throw FastJSONUnsupported(reason: "a key twice") }
      slot = try read()
    }
    func optional<T>(_ index: Int, _ read: (Int) throws -> T) rethrows -> T? {
      document.isNull(index) ? nil : try read(index)
    }
    try document.forEachField(of: 0) { key, value throws(FastJSONUnsupported) in
      do {
        if key.spells("at") {
          try once(&at) { try document.integer(Int64.self, at: value) }
        } else if key.spells("base") {
          try once(&base) { try optional(value, Self.changeID(document)) }
        } else if key.spells("by") {
          try once(&by) { try document.string(at: value) }
        } else if key.spells("change") {
          try once(&change) { try Self.change(at: value, document, decoder) }
        } else if key.spells("host") {
          try once(&host) { try document.string(at: value) }
        } else if key.spells("new") {
          try once(&new) { try optional(value, document.bool(at:)) }
        } else if key.spells("p") {
          try once(&p) { try document.string(at: value) }
        } else if key.spells("prev") {
          try once(&prev) { try optional(value, document.string(at:)) }
        } else if key.spells("seq") {
          try once(&seq) { try document.integer(Int.self, at: value) }
        } else if key.spells("settles") {
          try once(&settles) {
            try optional(value) { try document.strings(at: $0).map(Self.changeID) }
          }
        } else if key.spells("v") {
          try once(&v) { try document.integer(Int.self, at: value) }
        } else if key.spells("w") {
          try once(&w) { try document.string(at: value) }
        } else if key.spells("years") {
          try once(&years) { try optional(value, document.integers(at:)) }
        }
      } catch let error as FastJSONUnsupported {
        throw error
      } catch {
        throw FastJSONUnsupported(reason: "the change")
      }
    }
    guard let at, let by, let change, let host, let p, let seq, let v, let w else {
      throw FastJSONUnsupported(reason: "missing key")
    }
    self.init(
      at: at, base: base ?? nil, by: by, change: change, host: host, new: new ?? nil, p: p,
      prev: prev ?? nil, seq: seq, settles: settles ?? nil, v: v, w: w, years: years ?? nil)
  }

  /// `{"kind":…,"op":"upsert","record":{…}}` or `{"kind":…,"op":"delete","id":…}`, read as
  /// `Change`'s own `Decodable` reads it.
  private static func change(
    at object: Int, _ document: TapeDocument, _ decoder: TapeDecoder
  ) throws -> Change {
    var kind: Int?
    var op: Int?
    var record: Int?
    var id: Int?
    func once(_ slot: inout Int?, _ value: Int) throws(FastJSONUnsupported) {
      guard slot == nil else { throw FastJSONUnsupported(reason: "a key twice") }
      slot = value
    }
    try document.forEachField(of: object) { key, value throws(FastJSONUnsupported) in
      if key.spells("kind") {
        try once(&kind, value)
      } else if key.spells("op") {
        try once(&op, value)
      } else if key.spells("record") {
        try once(&record, value)
      } else if key.spells("id") {
        try once(&id, value)
      }
    }
    guard let kind, let op, let recordKind = RecordKind(rawValue: try document.string(at: kind))
    else { throw FastJSONUnsupported(reason: "the change's kind") }
    switch try document.string(at: op) {
    case "delete":
      guard let id else { throw FastJSONUnsupported(reason: "missing key") }
      return .delete(recordKind, id: try document.string(at: id))
    case "upsert":
      guard let record else { throw FastJSONUnsupported(reason: "missing key") }
      func read<T: RecordType>(_: T.Type) throws -> Record {
        Record(try decoder.decode(T.self, at: record))
      }
      return .upsert(try read(recordKind.type))
    default:
      throw FastJSONUnsupported(reason: "the change's op")
    }
  }

  private static func changeID(_ document: TapeDocument) -> (Int) throws -> ChangeID {
    { index in try changeID(document.string(at: index)) }
  }

  private static func changeID(_ text: String) throws(FastJSONUnsupported) -> ChangeID {
    guard let id = ChangeID(text) else { throw FastJSONUnsupported(reason: "not a change id") }
    return id
  }
}
