import ANTQCore

extension ProvinceStore {
  /// Records many changes as one: one lock, one write and one fsync for all of them (an
  /// import, identities sealed again). Each change is checked as `record` checks it; when
  /// one is refused or finds its record changed since `bases` (one version per change; nil:
  /// over whatever version there is), nothing is written and that error is thrown. When this
  /// returns, every change survives a crash. The changes name different records.
  @discardableResult
  public func record(all changes: [Change], basedOn bases: [ChangeID?]? = nil)
    throws(StoreError) -> [StampedChange]
  {
    precondition(bases == nil || bases!.count == changes.count)
    let lines: [StampedLine]
    do {
      lines = try recordAllSteps(changes, bases: bases)
    } catch {
      throw Self.storeError(error, path: journals.path)
    }
    foldIfDue()
    return lines.map(\.stamped)
  }

  private func recordAllSteps(_ changes: [Change], bases: [ChangeID?]?) throws -> [StampedLine] {
    guard !changes.isEmpty else { return [] }
    guard mode == .readWrite, let own, let writer else {
      throw StoreError.readOnly(path: folder.path)
    }
    let lock = try FileLock.wait(folder.file(Self.writeLockName), .exclusive)
    defer { lock.release() }
    _ = catchUp()
    let policy = AccessPolicy(data)
    // The data does not change until every line is written: its records found by id once.
    let lookup = RecordLookup(data)
    var prev = writer.chain
    var sequence = lastSequence(of: own.writer)
    var lines: [StampedLine] = []
    var bytes: [[UInt8]] = []
    lines.reserveCapacity(changes.count)
    bytes.reserveCapacity(changes.count)
    for (index, change) in changes.enumerated() {
      sequence += 1
      let line = try self.line(
        change, check: bases.map { .some($0[index]) } ?? .none, settles: [], policy: policy,
        sequence: sequence, prev: prev, lookup: lookup)
      let encoded = try line.encoded()
      prev = JournalChain.link(encoded)
      lines.append(line)
      bytes.append(encoded)
    }
    try writer.append(lines: bytes)
    encodedHere.formUnion(lines.map(\.stamped.id))
    try faults?.checkpoint(.recordSynced)
    journals.advance(own.name, by: bytes.reduce(0) { $0 + $1.count }, lines: bytes.count)
    trail.add(lines)
    data.apply(contentsOf: lines.compactMap(admit).map(visible))
    return lines
  }
}
