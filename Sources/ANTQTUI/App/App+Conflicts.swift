import ANTQCore

extension App {
  /// The save was refused: someone else changed the record since the form opened. The form
  /// stays underneath with everything typed; the dialog shows both versions.
  mutating func refused(_ conflict: EditConflict) {
    saving = nil
    overlays.append(.conflict(ConflictDialog(.refused(conflict), catalog: context.catalog)))
  }

  /// `:conflicts`: the first record two offices changed apart, to be decided.
  mutating func showConflicts() {
    let conflicts = context.versions.conflicts.sorted { $0.key < $1.key }
    guard let (key, heads) = conflicts.first else {
      message = (context.catalog["status.noConflicts"], .plain)
      return
    }
    let records = heads.enumerated().map { index, head -> Record? in
      index == 0 && head.change == nil
        ? context.data.record(key.kind, id: key.id) : head.change.flatMap(\.upserted)
    }
    overlays.append(
      .conflict(ConflictDialog(.undecided(key, heads, records), catalog: context.catalog)))
  }

  mutating func answerConflict(_ key: Key, dialog: ConflictDialog) -> [Effect] {
    let command = table.command(for: key, in: .conflict)
    switch (dialog.subject, command) {
    case (.refused(let conflict), .keepMine):
      saving = (conflict.mine, false)
      return [.save(conflict.mine, base: conflict.theirs.id, settles: [])]
    case (.refused(let conflict), .takeTheirs):
      closeForm()
      message = (context.catalog.format("status.tookTheirs", conflict.theirs.author.user), .plain)
    case (.refused, .editOn), (.refused, .back):
      // Their version is seen now: the next save goes over it.
      openedOn = context.versions
      message = (context.catalog["status.editOn"], .plain)
    case (.undecided(let record, let heads, let records), .keepMine),
      (.undecided(let record, let heads, let records), .takeTheirs):
      guard !readOnly else {
        message = (context.catalog["status.readOnlyFolder"], .warning)
        return []
      }
      let chosen = command == .keepMine ? 0 : 1
      let change: Change = records[chosen].map(Change.upsert) ?? .delete(record.kind, id: record.id)
      saving = (change, false)
      return [
        .save(
          change, base: heads[0].id,
          settles: heads.enumerated().filter { $0.offset != 0 }.map(\.element.id))
      ]
    case (.undecided, .back), (.undecided, .editOn): break
    default:
      overlays.append(.conflict(dialog))
    }
    return []
  }
}

extension Change {
  /// The record an upsert writes; nil for a delete.
  var upserted: Record? {
    if case .upsert(let record) = self { return record }
    return nil
  }
}
