/// One line of a record's history: who changed it, when, and what changed from what to what.
public struct HistoryEntry: Hashable, Sendable {
  public enum What: Hashable, Sendable {
    /// The record was made, with these values.
    case created([RecordDiff.Field])
    /// These fields changed (old value on the left).
    case changed([RecordDiff.Field])
    /// Changed from values the journals do not hold (the record came from the files before
    /// the journals began): the values it was given.
    case changedFromFiles([RecordDiff.Field])
    case deleted
    /// Another record about this one (an identity reveal).
    case noted(Record)
    /// The oldest line of a record that was in the files before its first journaled change.
    case asInFiles
  }

  /// The record the entry is about.
  public let key: RecordKey
  public let time: Int64?
  public let author: Author?
  public let change: ChangeID?
  public let what: What
  /// Reasons the change carries: the reason of each step a tip took, a reveal's reason.
  public let reasons: [String]
  /// The change decided a conflict between versions made apart.
  public let settlesConflict: Bool
  /// The change put the record back as it was before the change it was based on.
  public let isUndo: Bool

  public init(
    key: RecordKey, time: Int64?, author: Author?, change: ChangeID?, what: What,
    reasons: [String] = [], settlesConflict: Bool = false, isUndo: Bool = false
  ) {
    self.key = key
    self.time = time
    self.author = author
    self.change = change
    self.what = what
    self.reasons = reasons
    self.settlesConflict = settlesConflict
    self.isUndo = isUndo
  }
}

extension RecordDiff.Field {
  /// A field changed from `left` to `right` (nil: not there).
  public init(_ name: String, from left: String?, to right: String?) {
    self.init(name: name, left: left, right: right)
  }
}
