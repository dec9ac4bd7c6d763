import ANTQCore
import Foundation

/// The audit trail of a data folder: every change every journal holds, read from the files
/// (journals are never shortened, so it is whole after any fold, sync or restart). Each
/// journal is read up to its first damaged or unchained line, as the console reads it;
/// `antq check` names that line.
public enum AuditTrail {
  public static func read(_ url: URL) throws(StoreError) -> RecordHistory {
    try read(DataFolder(url))
  }

  public static func read(_ folder: DataFolder) throws(StoreError) -> RecordHistory {
    if try folder.status() == .missing { throw StoreError.folderMissing(path: folder.path) }
    let manifest = try ProvinceStore.manifest(folder, create: false)
    let journals = JournalFolder(folder: folder.path, province: manifest.province)
    let changes = journals.readNew().lines.map(\.trail)
    let initial = FilesBeforeJournals.initial(changes, in: folder, folded: manifest)
    return RecordHistory(changes, before: initial)
  }
}

extension ProvinceStore {
  /// The history of one record from every journal of the folder as far as this store has
  /// read them, newest first: no journal is read again.
  public func history(of key: RecordKey) throws(StoreError) -> [HistoryEntry] {
    trail.history(of: key, journals: journals, folder: folder)
  }
}
