import ANTQCore
import Foundation

/// Every journal change a store has read, by the record whose history shows it (its own
/// record; for a reveal, the tip too), so a record's history (`h`) reads no journal again.
/// The start of each journal the store did not read at open (folded before it opened) is
/// read once, at the first history asked for.
/// One thread uses it at a time: the store may hand it to another core to index many lines,
/// and waits for that before it touches it again (`ProvinceStore.absorb`).
final class TrailIndex: @unchecked Sendable {
  private var byKey: [RecordKey: [TrailChange]] = [:]
  /// Per journal, where the store began reading it; nil once the starts are read.
  private var unread: [String: JournalFolder.Position]?
  /// A change over a version of the files: the record the files held before it (`.some(nil)`:
  /// none), once looked for; nil inside when it could not be known.
  private var fromFiles: [ChangeID: Record??] = [:]

  init(unreadBefore positions: [String: JournalFolder.Position]) {
    unread = positions.filter { $0.value.bytes > 0 }
  }

  func add(_ lines: [StampedLine]) {
    byKey.reserveCapacity(byKey.count + lines.count)
    for line in lines { add(line.trail) }
  }

  private func add(_ change: TrailChange) {
    let key = change.key
    byKey[key, default: []].append(change)
    if isNoted(key.kind), let note = change.record?.value as? any HistoryNote,
      note.notedOn != key
    {
      byKey[note.notedOn, default: []].append(change)
    }
  }

  /// Per kind, whether its records are `HistoryNote`s: asked once, not of every change (the
  /// runtime's answer is looked up in a shared table each time).
  private var notedKinds: [RecordKind: Bool] = [:]

  private func isNoted(_ kind: RecordKind) -> Bool {
    if let known = notedKinds[kind] { return known }
    let noted = kind.type is any HistoryNote.Type
    notedKinds[kind] = noted
    return noted
  }

  /// The record the files held before `change`, known without reading them: the store had it
  /// in hand when the change came (see `ProvinceStore.fromFiles(before:)`).
  func learn(_ record: Record, before change: ChangeID) {
    if fromFiles[change] == nil { fromFiles.updateValue(.some(record), forKey: change) }
  }

  /// The history of one record, newest first, as `AuditTrail` reads it from the files.
  func history(of key: RecordKey, journals: JournalFolder, folder: DataFolder) -> [HistoryEntry] {
    if let unread {
      self.unread = nil
      for (name, position) in unread {
        add(journals.startLines(of: name, before: position))
      }
    }
    let changes = byKey[key] ?? []
    // Only a change over no journaled version may need the files before it.
    let candidates = changes.filter { $0.stamped.base == nil && $0.created != true }
    if candidates.contains(where: { fromFiles[$0.stamped.id] == nil }),
      let manifest = try? ProvinceStore.manifest(folder, create: false)
    {
      let found = FilesBeforeJournals.initial(candidates, in: folder, folded: manifest)
      for change in candidates {
        fromFiles.updateValue(found[change.stamped.id], forKey: change.stamped.id)
      }
    }
    var before: [ChangeID: Record?] = [:]
    for change in candidates {
      if case .some(.some(let record)) = fromFiles[change.stamped.id] {
        before.updateValue(record, forKey: change.stamped.id)
      }
    }
    return RecordHistory(changes, before: before).of(key)
  }
}

extension JournalFolder {
  /// The lines of journal `name` before `position`, read as `readNew` reads them: up to the
  /// first damaged or unchained line.
  func startLines(of name: String, before position: Position) -> [StampedLine] {
    guard let file = FileHandle(forReadingAtPath: path + "/" + name) else { return [] }
    defer { try? file.close() }
    guard let data = try? file.read(upToCount: position.bytes) else { return [] }
    let bytes = [UInt8](data)
    var lines: [StampedLine] = []
    var chain = ChainTip(writer: String(name.dropLast(Self.suffix.count)))
    let reuse = LineReuse()
    var start = 0
    while let end = bytes[start...].firstIndex(of: 0x0A) {
      guard case .success(let line) = StampedLine.parse(bytes[start..<end], reuse: reuse),
        Self.problem(
          of: line, number: lines.count + 1, in: name, province: province, chain: chain) == nil
      else { break }
      lines.append(line)
      chain = chain.after(line, bytes: bytes[start...end])
      start = end + 1
    }
    return lines
  }
}
