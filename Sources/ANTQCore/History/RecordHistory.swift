/// Histories built from the changes every journal holds (in any order): one entry per change,
/// each compared with the version it was based on. Pure: the store reads the journals.
public struct RecordHistory: Sendable {
  private let changes: [TrailChange]
  /// Each change's record (nil: a delete), by id: the "before" of the changes based on it.
  private let content: [ChangeID: Record?]
  private let bases: [ChangeID: ChangeID]
  /// For a record's first change over a version of the files: that version, when the files
  /// of then are known (nil inside: the record was not there).
  private let fromFiles: [ChangeID: Record?]

  public init(_ changes: [TrailChange], before fromFiles: [ChangeID: Record?] = [:]) {
    self.fromFiles = fromFiles
    self.changes = changes.sorted {
      ($0.stamped.time, $0.stamped.id) < ($1.stamped.time, $1.stamped.id)
    }
    var content: [ChangeID: Record?] = [:]
    var bases: [ChangeID: ChangeID] = [:]
    for change in changes {
      content[change.stamped.id] = .some(change.record)
      if let base = change.stamped.base { bases[change.stamped.id] = base }
    }
    self.content = content
    self.bases = bases
  }

  /// The history of one record, newest first: its changes, the notes other records make on
  /// it (reveals), and, for a record in the files before its first journaled change, a last
  /// line saying so.
  public func of(_ key: RecordKey) -> [HistoryEntry] {
    var entries: [HistoryEntry] = []
    var beganInFiles = false
    var fields = FieldsCache()
    for change in changes {
      if change.key == key {
        let entry = self.entry(change, &fields)
        switch entry.what {
        case .changedFromFiles: beganInFiles = true
        case .changed where change.stamped.base == nil: beganInFiles = true
        default: break
        }
        entries.append(entry)
      } else if let note = change.record?.value as? any HistoryNote, note.notedOn == key {
        entries.append(noteEntry(change, note, on: key))
      }
    }
    if beganInFiles {
      entries.insert(
        HistoryEntry(key: key, time: nil, author: nil, change: nil, what: .asInFiles), at: 0)
    }
    return entries.reversed()
  }

  /// Every change, oldest first, each as its record's history shows it; notes (reveals) as
  /// themselves.
  public func all() -> [HistoryEntry] {
    var fields = FieldsCache()
    return changes.map { change in
      if let note = change.record?.value as? any HistoryNote {
        return noteEntry(change, note, on: note.notedOn)
      }
      return entry(change, &fields)
    }
  }

  /// Each version's fields, split once: a version is the "after" of its change and the
  /// "before" of the next.
  private struct FieldsCache {
    private var byChange: [ChangeID: RecordFields] = [:]

    mutating func of(_ record: Record, _ id: ChangeID?) -> RecordFields {
      guard let id else { return RecordFields(record) }
      if let known = byChange[id] { return known }
      let split = RecordFields(record)
      byChange[id] = split
      return split
    }
  }

  private func noteEntry(_ change: TrailChange, _ note: any HistoryNote, on key: RecordKey)
    -> HistoryEntry
  {
    HistoryEntry(
      key: key, time: change.stamped.time, author: change.stamped.author,
      change: change.stamped.id, what: .noted(change.record!), reasons: [note.noteReason])
  }

  private func entry(_ change: TrailChange, _ fields: inout FieldsCache) -> HistoryEntry {
    let stamped = change.stamped
    let before: Record??  // nil: not known; .some(nil): the record did not exist
    if let base = stamped.base {
      before = content[base]
    } else if change.created == true {
      before = .some(nil)
    } else if let known = fromFiles[stamped.id] {
      before = .some(known)
    } else {
      before = nil
    }
    let after = change.record
    var what: HistoryEntry.What
    switch (before, after) {
    case (_, nil): what = .deleted
    case (.some(nil), .some(let record)):
      what = .created(RecordDiff.fields(nil, fields.of(record, stamped.id)))
    case (.some(.some(let old)), .some(let record)):
      what = .changed(
        RecordDiff.fields(fields.of(old, stamped.base), fields.of(record, stamped.id)))
    case (nil, .some(let record)):
      // A change over a version of the files (a record from before the journals).
      what = .changedFromFiles(RecordDiff.fields(nil, fields.of(record, stamped.id)))
    }
    if let tip = after?.as(Tip.self) {
      what = Self.stepsAsStage(what, old: before??.as(Tip.self), new: tip)
    }
    var reasons: [String] = []
    if let tip = after?.as(Tip.self) {
      let old = before??.as(Tip.self)?.steps ?? []
      reasons = tip.steps.filter { !old.contains($0) }.map(\.reason).filter { !$0.isEmpty }
    } else if let note = after?.value as? any HistoryNote {
      reasons = [note.noteReason]
    }
    var undo = false
    if let base = stamped.base, let earlier = bases[base], let restored = content[earlier] {
      undo = restored == after
    } else if let base = stamped.base, bases[base] == nil, after == nil,
      let made = changes.first(where: { $0.stamped.id == base }), made.created == true
    {
      undo = true  // a record made, then taken back
    }
    return HistoryEntry(
      key: change.key, time: stamped.time, author: stamped.author, change: stamped.id,
      what: what, reasons: reasons, settlesConflict: !stamped.settles.isEmpty, isUndo: undo)
  }

  /// A tip's steps read as its stage ("received → verifying"); the steps' reasons are the
  /// entry's reasons.
  private static func stepsAsStage(_ what: HistoryEntry.What, old: Tip?, new: Tip)
    -> HistoryEntry.What
  {
    func replaced(_ fields: [RecordDiff.Field]) -> [RecordDiff.Field] {
      guard fields.contains(where: { $0.name == "steps" }) else { return fields }
      var result = fields.filter { $0.name != "steps" }
      if old?.stage != new.stage {
        result.append(
          RecordDiff.Field(name: "stage", left: old?.stage.rawValue, right: new.stage.rawValue))
      }
      return result
    }
    switch what {
    case .changed(let fields): return .changed(replaced(fields))
    case .created(let fields): return .created(replaced(fields))
    case .changedFromFiles(let fields): return .changedFromFiles(replaced(fields))
    default: return what
    }
  }
}
