import ANTQCore

/// One problem `FolderCheck` found in a data folder.
public enum FolderProblem: Equatable, Sendable {
  /// A file that cannot be read: missing, not JSON, a wrong field, an unknown schema…
  case damagedFile(StoreError)
  /// A record naming a record of another collection that does not exist.
  case dangling(file: String, id: String, field: String, target: RecordKind, missingID: String)
  /// Several records of one collection share an id.
  case duplicateID(file: String, id: String, count: Int)
  case journalLine(file: String, line: Int, problem: JournalProblem)
  /// A record two places changed apart, not decided yet: each side's author and time.
  case undecided(RecordKey, sides: [Revision])
  /// A journal change its author's role did not allow: not applied.
  case refused(RefusedChange)
  /// Tips whose informant's identity is not sealed to exactly the readers there are now (a
  /// reader added or removed without the identities sealed again), by id.
  case notSealedToReaders(tipIDs: [String])

  /// The tips of `data` not sealed to the readers there are now, as one problem; nil when none.
  public static func sealing(of data: ProvinceData) -> FolderProblem? {
    let ids = data.tipsNotSealedToReaders().map(\.id).sorted()
    return ids.isEmpty ? nil : .notSealedToReaders(tipIDs: ids)
  }

  public func message(catalog: Catalog) -> String {
    switch self {
    case .damagedFile(let error): return error.message(catalog: catalog)
    case .dangling(let file, let id, let field, let target, let missingID):
      return catalog.format(
        "store.check.dangling", file, id, field, catalog["store.kind.\(target.rawValue)"],
        missingID)
    case .duplicateID(let file, let id, let count):
      return catalog.format("store.check.duplicateID", file, id, count)
    case .journalLine(let file, let line, let problem):
      return catalog.format(
        "store.check.journalLine", file, line, StoreError.describe(problem, catalog))
    case .refused(let refused): return refused.message(catalog)
    case .notSealedToReaders(let ids):
      let named = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", …" : "")
      return catalog.format("store.check.notSealed", ids.count, named)
    case .undecided(let key, let sides):
      let who = sides.map { "\($0.author.user)@\($0.author.host)" }.joined(separator: ", ")
      return catalog.format(
        "store.check.undecided", catalog["store.kind.\(key.kind.rawValue)"], key.id, who)
    }
  }
}
