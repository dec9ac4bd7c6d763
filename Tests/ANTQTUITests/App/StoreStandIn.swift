import ANTQCore
import ANTQTUI

extension App {
  /// Answers a save as the store does: stamps the change, adds it to the versions, applies
  /// the record's winning version to the province it has, and hands both back.
  mutating func storeSaves(_ change: Change, base: ChangeID?, settles: [ChangeID] = []) {
    var data = context.data
    var versions = context.versions
    let id = ChangeID(writer: "test", sequence: (versions.applied["test"] ?? 0) + 1)
    let stamped = StampedChange(
      id: id, time: Int64(id.sequence), author: Author(user: "test", host: "test"), base: base,
      settles: settles, change: change)
    if let winner = versions.add(stamped) { data.apply(winner) }
    _ = update(
      .saved(SavedChange(change: change, id: id, data: data, versions: versions)),
      on: GridCanvas(rows: 30, columns: 100))
  }

  /// Runs the save effects among `effects` through `storeSaves`; the changes saved.
  mutating func storeSaves(_ effects: [Effect]) -> [Change] {
    var saved: [Change] = []
    for case .save(let change, let base, let settles) in effects {
      storeSaves(change, base: base, settles: settles)
      saved.append(change)
    }
    return saved
  }
}
