/// One change as the audit trail reads it from a journal: the stamped change, and whether the
/// console that wrote it knew it created the record (nil in lines of earlier versions, and
/// for a record whose year it had not loaded).
public struct TrailChange: Hashable, Sendable {
  public let stamped: StampedChange
  public let created: Bool?

  public init(_ stamped: StampedChange, created: Bool? = nil) {
    self.stamped = stamped
    self.created = created
  }

  public var key: RecordKey { RecordKey(stamped.change.kind, stamped.change.id) }

  /// The record the change leaves; nil for a delete.
  public var record: Record? {
    if case .upsert(let record) = stamped.change { return record }
    return nil
  }
}

/// A record kind whose records belong in another record's history: a look at a tip's sealed
/// informant identity shows in the tip's history. Any kind can join by conforming.
public protocol HistoryNote {
  /// The record whose history shows this one.
  var notedOn: RecordKey { get }
  /// Why, as its author gave it.
  var noteReason: String { get }
}

extension IdentityReveal: HistoryNote {
  public var notedOn: RecordKey { RecordKey(.tip, tipID) }
  public var noteReason: String { reason }
}
