extension ProvinceStore {
  /// A descriptor that becomes readable when a journal was written since the last `refresh`
  /// (inotify on `journals/`): a console waits on it and calls `refresh` when it fires, and
  /// now and then besides. nil where the journals cannot be watched — no `journals/` yet,
  /// inotify missing, or a network share, whose other machines' writes inotify never hears:
  /// then `refresh` must be called at least twice a second.
  public var changeDescriptor: Int32? {
    if watch == nil, !watchRefused, FileIO.kind(journals.path) == .folder {
      watch = JournalWatch(folder: journals.path)
      watchRefused = watch == nil
    }
    return watch?.descriptor
  }
}
