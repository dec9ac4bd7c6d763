import ANTQCore

extension App {
  /// `h`: asks the edge for the selected record's history.
  mutating func askHistory() -> [Effect] {
    guard let key = screen.selectedRecord(context) else {
      message = (context.catalog["history.noRecord"], .warning)
      return []
    }
    message = (context.catalog.format("history.loading", kindName(key), key.id), .plain)
    return [.loadHistory(key)]
  }

  /// The history came: shown over the list, newest first, scrollable; Esc goes back to the
  /// same row.
  mutating func showHistory(_ key: RecordKey, _ entries: [HistoryEntry], on canvas: Canvas) {
    message = nil
    let width = max(20, min(110, canvas.columns - 6))
    let lines = HistoryText.lines(entries, catalog: context.catalog, width: width)
    overlays.append(
      .help(
        HelpOverlay(
          title: context.catalog.format("history.title", kindName(key), key.id), text: lines,
          catalog: context.catalog)))
  }

  private func kindName(_ key: RecordKey) -> String {
    let name = "store.kind.\(key.kind.rawValue)"
    return context.catalog.keys.contains(name) ? context.catalog[name] : key.kind.rawValue
  }
}
