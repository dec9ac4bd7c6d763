/// When a dated record counts, as indices into the description's years: it starts
/// counting in year `start` (for year 0: in or before it) and stops in year `end`.
struct Lifetime: Sendable {
  var start: Int
  var end: Int?
  /// Never ends: something else relies on it (a commune's only site, a type's first site).
  var anchor: Bool
}

enum Lifetimes {
  /// Plans records so that exactly `targets[k]` count in year k. Each later year ends
  /// about `endPerMille` of the records still counting (more if the target shrinks) and
  /// adds what is missing; the first `anchors[k]` records created in year k never end.
  static func plan(
    targets: [Int], endPerMille: Int, anchors: [Int], rng: inout SplitMix64
  ) -> [Lifetime] {
    precondition(anchors[0] <= targets[0], "more anchors than records")
    var records = (0..<targets[0]).map { Lifetime(start: 0, end: nil, anchor: $0 < anchors[0]) }
    for k in 1..<targets.count {
      let counting = records.indices.filter { records[$0].end == nil }
      let endable = counting.filter { !records[$0].anchor }
      let ending = min(
        endable.count, max(counting.count * endPerMille / 1000, counting.count - targets[k]))
      for pick in rng.sample(ending, of: endable.count) {
        records[endable[pick]].end = k
      }
      let adding = targets[k] - (counting.count - ending)
      precondition(adding >= anchors[k], "year \(k): cannot reach \(targets[k]) with anchors")
      for i in 0..<adding {
        records.append(Lifetime(start: k, end: nil, anchor: i < anchors[k]))
      }
    }
    return records
  }
}
