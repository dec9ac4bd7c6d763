import ANTQCore

extension App {
  /// The one way into the app's state: a key, a save confirmed or refused, another console's
  /// changes, a year loaded. `canvas` gives the screen size (page lengths); nothing is drawn.
  public mutating func update(_ action: Action, on canvas: Canvas) -> [Effect] {
    switch action {
    case .key(let key): return handle(key, on: canvas)
    case .saved(let saved): didSave(saved)
    case .saveFailed(let reason): saveFailed(reason)
    case .conflict(let conflict): refused(conflict)
    case .othersChanged(let data, let versions, let count): othersChanged(data, versions, count)
    case .yearLoaded(let year, let data): yearLoaded(year, data: data)
    case .yearLoadFailed(let reason): yearLoadFailed(reason)
    case .notice(let text): message = (text, .warning)
    case .exported(let path, let rows): exported(path: path, rows: rows)
    case .exportFailed(let reason): exportFailed(reason)
    case .historyLoaded(let key, let entries): showHistory(key, entries, on: canvas)
    case .historyFailed(let reason): message = (reason, .bad)
    case .revealed(let revealed): showRevealed(revealed)
    case .revealRefused(let reason): message = (reason, .bad)
    case .importPreviewed(let preview): showImportPreview(preview, on: canvas)
    case .importFailed(let reason): message = (reason, .bad)
    case .imported(let done): imported(done)
    }
    return []
  }

  /// Shows a notice from outside (e.g. the store dropped a torn journal line at start).
  public mutating func notify(_ text: String) {
    message = (text, .warning)
  }

  /// Other consoles saved changes: every screen shows them, the selection stays on its
  /// record, and an open form keeps everything typed in it.
  mutating func othersChanged(_ data: ProvinceData, _ versions: Versions, _ count: Int) {
    context.data = data
    context.versions = versions
    for year in data.years where !years.contains(year) {
      years = (years + [year]).sorted()
      loadedYears.insert(year)
    }
    if message == nil, overlays.isEmpty {
      message = (context.catalog.format("status.othersChanged", count), .plain)
    }
    contextChanged()
  }

  /// The edge loaded `year` from the data folder: `data` now holds it too; show it.
  mutating func yearLoaded(_ year: Int, data: ProvinceData) {
    context.data = data
    loadedYears.insert(year)
    context.year = year
    message = nil
    contextChanged()
  }

  /// The year could not be read (a damaged file…): stay on the year shown and say why.
  mutating func yearLoadFailed(_ reason: String) {
    message = (reason, .bad)
  }
}
