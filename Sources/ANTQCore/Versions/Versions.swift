/// One version of a record: the change that made it. `change` is nil for the winning version
/// of a folded folder, whose content is the record in the files.
public struct Revision: Hashable, Sendable {
  public let id: ChangeID
  public let time: Int64
  public let author: Author
  public var change: Change?

  public init(id: ChangeID, time: Int64, author: Author, change: Change?) {
    self.id = id
    self.time = time
    self.author = author
    self.change = change
  }

  public init(_ stamped: StampedChange) {
    self.init(
      id: stamped.id, time: stamped.time, author: stamped.author, change: stamped.change)
  }

  /// The deterministic order of concurrent versions: the later one wins, then the greater id.
  public static func wins(_ lhs: Revision, over rhs: Revision) -> Bool {
    (lhs.time, lhs.id) > (rhs.time, rhs.id)
  }
}

/// Which changes a province holds and what each record's current version is. The result of
/// adding a set of changes does not depend on their order, only on which changes they are
/// (changes of one writer come in that writer's order): a change replaces the versions it
/// names as its base and settles; versions nobody replaced are the record's heads; more than
/// one head is a conflict, kept whole, with the latest as the winner the data shows.
public struct Versions: Hashable, Sendable {
  /// Per writer, the number of its last change added: every change up to it is known.
  public private(set) var applied: [String: Int] = [:]
  /// The heads of every record changed since the folder was made, winner first.
  public private(set) var heads: [RecordKey: [Revision]] = [:]
  /// Versions a known change replaced that have not arrived yet (changes came in out of
  /// order, e.g. a sync stopped half-way): when they arrive they are already superseded.
  public private(set) var superseded: [RecordKey: Set<ChangeID>] = [:]

  public init() {}

  public init(
    applied: [String: Int], heads: [RecordKey: [Revision]],
    superseded: [RecordKey: Set<ChangeID>]
  ) {
    self.applied = applied
    self.heads = heads.mapValues { $0.sorted(by: Revision.wins) }
    self.superseded = superseded
  }

  public func knows(_ id: ChangeID) -> Bool { id.sequence <= applied[id.writer] ?? 0 }

  /// The version a form editing this record is based on: the winning head's id.
  public func version(of key: RecordKey) -> ChangeID? { heads[key]?.first?.id }

  public func winner(of key: RecordKey) -> Revision? { heads[key]?.first }

  /// Records with more than one head, to be decided by a person.
  public var conflicts: [RecordKey: [Revision]] { heads.filter { $0.value.count > 1 } }

  /// Room for `count` more records' versions: many changes added at once (a folder opened
  /// with much unfolded) then do not grow the table step by step.
  public mutating func makeRoom(for count: Int) {
    heads.reserveCapacity(heads.count + count)
  }

  /// Adds one change. Returns the change the data must apply when the record's winning
  /// version changed, else nil (a change already known, or a losing side of a conflict).
  public mutating func add(_ stamped: StampedChange) -> Change? {
    // Each dictionary is looked into once where it can be: opening a folder adds tens of
    // thousands of changes, and hashing their keys was most of the cost.
    guard stamped.id.sequence > applied[stamped.id.writer, default: 0] else { return nil }
    applied[stamped.id.writer] = stamped.id.sequence
    let key = stamped.key
    var replaced = false
    if !superseded.isEmpty, superseded[key] != nil {
      replaced = superseded[key]!.remove(stamped.id) != nil
      if superseded[key]!.isEmpty { superseded[key] = nil }
    }
    var winner: Revision?
    var oldWinner: ChangeID?
    var emptied = false
    var notHeads: [ChangeID] = []
    func update(_ list: inout [Revision]) {
      oldWinner = list.first?.id
      func replace(_ parent: ChangeID) {
        if let index = list.firstIndex(where: { $0.id == parent }) {
          list.remove(at: index)
        } else {
          notHeads.append(parent)
        }
      }
      if let base = stamped.base { replace(base) }
      for parent in stamped.settles { replace(parent) }
      if !replaced { list.append(Revision(stamped)) }
      if list.count > 1 { list.sort(by: Revision.wins) }
      winner = list.first
      emptied = list.isEmpty
    }
    update(&heads[key, default: []])
    if emptied { heads[key] = nil }
    for parent in notHeads where !knows(parent) { superseded[key, default: []].insert(parent) }
    guard let winner, winner.id != oldWinner else { return nil }
    return winner.change
  }
}
