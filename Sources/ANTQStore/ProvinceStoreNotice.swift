import ANTQCore

/// Something the app should tell the user that did not stop the store from working.
public enum StoreNotice: Equatable, Sendable {
  /// The journal's last line was cut off or damaged (the program stopped while writing it):
  /// the change it held was never reported saved and is dropped. Its bytes are kept in
  /// `keptAs` (nil when the folder was opened read-only).
  case journalTailDropped(file: String, line: Int, problem: JournalProblem, keptAs: String?)
  /// Folding the journal into the files failed; every change is still safe in the journal.
  case foldFailed(StoreError)
  /// The folder was written by an older version (schema 1). It reads as it is; the next save
  /// rewrites it in the current layout and keeps the old files in backups/.
  case upgradePending(folder: String)
  /// A line of a console's journal could not be used (damaged, a newer version's, another
  /// province's): that journal is read no further; everything else is.
  case journalProblem(JournalNotice)
  /// The folder could not be opened for writing (permissions, a read-only medium, a full
  /// disk): it is shown read-only, and still follows the other consoles' changes.
  case openedReadOnly(StoreError)
  /// A journal change its author's role did not allow (a tampered office copy, a hand edit):
  /// not applied.
  case changeRefused(RefusedChange)

  public func message(catalog: Catalog) -> String {
    switch self {
    case .journalTailDropped(let file, let line, let problem, let keptAs):
      let text = catalog.format(
        "store.notice.journalTailDropped", file, line, StoreError.describe(problem, catalog))
      guard let keptAs else { return text }
      return text + " " + catalog.format("store.notice.keptAs", keptAs)
    case .foldFailed(let error):
      return catalog.format("store.notice.foldFailed", error.message(catalog: catalog))
    case .upgradePending(let folder):
      return catalog.format("store.notice.upgradePending", folder, DataFolder.schemaVersion)
    case .journalProblem(let notice):
      return catalog.format(
        "store.notice.journalProblem", notice.file, notice.line,
        StoreError.describe(notice.problem, catalog))
    case .changeRefused(let refused):
      return refused.message(catalog)
    case .openedReadOnly(let error):
      return catalog.format("store.notice.openedReadOnly", error.message(catalog: catalog))
    }
  }
}
