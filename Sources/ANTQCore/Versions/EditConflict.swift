/// A save refused because the record changed since the form was opened: someone else's
/// version (who, when, and what the record is now) next to the one being saved.
public struct EditConflict: Hashable, Sendable {
  public let key: RecordKey
  /// The version now on record: whose, and when.
  public let theirs: Revision
  /// The record as it is now; nil when they deleted it.
  public let theirRecord: Record?
  /// What this console tried to save.
  public let mine: Change

  public init(key: RecordKey, theirs: Revision, theirRecord: Record?, mine: Change) {
    self.key = key
    self.theirs = theirs
    self.theirRecord = theirRecord
    self.mine = mine
  }
}
