import Testing

@testable import ANTQCore

/// A random history of edits of a few records by a few writers, each writer basing its edits
/// on what it had seen.
private func randomHistory(seed: UInt64) -> [StampedChange] {
  var random = SplitMix64(seed: seed)
  let writers = ["a", "b", "c"]
  var seen: [String: Versions] = [:]
  var counters: [String: Int] = [:]
  var all: [StampedChange] = []
  for step in 0..<60 {
    let writer = writers[Int(random.next() % 3)]
    var versions = seen[writer] ?? Versions()
    // Sometimes a writer catches up with everything made so far (a sync).
    if random.next() % 4 == 0 { for change in all { _ = versions.add(change) } }
    let id = "R\(random.next() % 4)"
    let key = RecordKey(.commune, id)
    counters[writer, default: 0] += 1
    let change: Change =
      random.next() % 5 == 0
      ? .delete(.commune, id: id)
      : .upsert(.commune(Commune(id: id, name: "Xã \(writer)\(step)", kind: .xa)))
    let heads = versions.heads[key] ?? []
    let stamped = StampedChange(
      id: ChangeID(writer: writer, sequence: counters[writer]!), time: Int64(step),
      author: Author(user: writer, host: "h"), base: versions.version(of: key),
      settles: heads.count > 1 && random.next() % 2 == 0 ? heads.dropFirst().map(\.id) : [],
      change: change)
    _ = versions.add(stamped)
    seen[writer] = versions
    all.append(stamped)
  }
  return all
}

/// The changes in another order that keeps each writer's own order (as journals are read).
private func interleaved(_ changes: [StampedChange], seed: UInt64) -> [StampedChange] {
  var random = SplitMix64(seed: seed)
  var queues = Dictionary(grouping: changes, by: \.id.writer).values.map { Array($0) }
  var result: [StampedChange] = []
  while !queues.isEmpty {
    let pick = Int(random.next() % UInt64(queues.count))
    result.append(queues[pick].removeFirst())
    if queues[pick].isEmpty { queues.remove(at: pick) }
  }
  return result
}

private func outcome(_ changes: [StampedChange]) -> (Versions, ProvinceData) {
  var versions = Versions()
  var data = ProvinceData(province: Province(name: "P"))
  for change in changes {
    if let winner = versions.add(change) { data.apply(winner) }
  }
  return (versions, data.canonical)
}

@Suite struct VersionsTests {
  @Test func theSameChangesInAnyOrderGiveTheSameVersionsAndData() {
    for seed in UInt64(1)...40 {
      let history = randomHistory(seed: seed)
      let (versions, data) = outcome(history)
      for shuffle in UInt64(1)...5 {
        let (otherVersions, otherData) = outcome(interleaved(history, seed: seed * 100 + shuffle))
        #expect(otherVersions.heads == versions.heads, "seed \(seed), shuffle \(shuffle)")
        #expect(otherData == data, "seed \(seed), shuffle \(shuffle)")
      }
      // Adding everything again changes nothing.
      var again = versions
      for change in history { #expect(again.add(change) == nil, "seed \(seed)") }
      #expect(again == versions)
    }
  }

  @Test func twoEditsFromOneVersionAreBothKeptAndTheLaterShown() {
    let base = StampedChange(
      id: ChangeID(writer: "a", sequence: 1), time: 1, author: Author(user: "a", host: "h"),
      base: nil, change: .upsert(.commune(Commune(id: "X1", name: "Gốc", kind: .xa))))
    let mine = StampedChange(
      id: ChangeID(writer: "a", sequence: 2), time: 5, author: Author(user: "a", host: "h"),
      base: base.id, change: .upsert(.commune(Commune(id: "X1", name: "Của A", kind: .xa))))
    let theirs = StampedChange(
      id: ChangeID(writer: "b", sequence: 1), time: 3, author: Author(user: "b", host: "h"),
      base: base.id, change: .delete(.commune, id: "X1"))
    let (versions, data) = outcome([base, theirs, mine])
    let key = RecordKey(.commune, "X1")
    #expect(versions.conflicts[key]?.map(\.id) == [mine.id, theirs.id])
    #expect(data.communes.map(\.name) == ["Của A"])
    // A decision settles the other side: one head again.
    let decision = StampedChange(
      id: ChangeID(writer: "c", sequence: 1), time: 9, author: Author(user: "c", host: "h"),
      base: mine.id, settles: [theirs.id], change: .delete(.commune, id: "X1"))
    let (decided, after) = outcome([base, mine, theirs, decision])
    #expect(decided.conflicts.isEmpty)
    #expect(after.communes.isEmpty)
  }

  @Test func aChangeThatArrivesAfterTheOneReplacingItStaysReplaced() {
    let first = StampedChange(
      id: ChangeID(writer: "a", sequence: 1), time: 1, author: Author(user: "a", host: "h"),
      base: nil, change: .upsert(.commune(Commune(id: "X1", name: "Một", kind: .xa))))
    let second = StampedChange(
      id: ChangeID(writer: "b", sequence: 1), time: 2, author: Author(user: "b", host: "h"),
      base: first.id, change: .upsert(.commune(Commune(id: "X1", name: "Hai", kind: .xa))))
    let (versions, data) = outcome([second, first])  // a sync stopped half-way, then resumed
    #expect(versions.heads[RecordKey(.commune, "X1")]?.map(\.id) == [second.id])
    #expect(data.communes.map(\.name) == ["Hai"])
  }
}
