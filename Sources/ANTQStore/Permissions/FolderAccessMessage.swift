import ANTQCore

extension FolderAccessProblem {
  /// The problem in the user's language: which path, whose, its mode, and the fix.
  public func message(catalog: Catalog) -> String {
    let more = self.more > 0 ? catalog.format("store.access.more", self.more) : ""
    var fix = self.fix
    if joinsGroup { fix += " " + catalog.format("store.access.loginAgain", account) }
    switch kind {
    case .othersMay(let access):
      let what =
        access.isSuperset(of: [.read, .write])
        ? catalog["store.access.readWrite"]
        : catalog[access.contains(.write) ? "store.access.write" : "store.access.read"]
      return catalog.format("store.error.othersMay", path, what, owner, group, mode, more, fix)
    case .cannotRead:
      return catalog.format("store.error.cannotRead", path, account, owner, group, mode, more, fix)
    case .cannotWrite:
      return catalog.format(
        "store.error.cannotWrite", path, account, owner, group, mode, more, fix)
    }
  }
}
