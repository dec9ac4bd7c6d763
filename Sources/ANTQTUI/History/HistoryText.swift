import ANTQCore
import Foundation

/// A record's history in words, as the console's history overlay and `antq audit` print it:
/// when, who (account and host), what (created, deleted, each field changed with the form's
/// label: old → new) and why (a tip step's reason, a conflict settled, an undo, a reveal).
public enum HistoryText {
  /// "10:02 01/12/2026", in this machine's time zone.
  public static func when(_ micros: Int64) -> String {
    // The C library's clock, not a DateFormatter: making one per line took a fifth of the
    // time a history of a hundred changes took to show.
    tzset()
    var seconds = time_t((Double(micros) / 1_000_000).rounded(.down))
    var parts = tm()
    guard localtime_r(&seconds, &parts) != nil else { return "" }
    func two(_ number: Int32) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "\(two(parts.tm_hour)):\(two(parts.tm_min)) \(two(parts.tm_mday))/"
      + "\(two(parts.tm_mon + 1))/\(parts.tm_year + 1900)"
  }

  /// "canbo@may-xa".
  public static func who(_ entry: HistoryEntry) -> String {
    entry.author.map { "\($0.user)@\($0.host)" } ?? ""
  }

  /// "created", "changed", "deleted", "revealed the informant's identity"…
  public static func verb(_ entry: HistoryEntry, catalog: Catalog) -> String {
    switch entry.what {
    case .created: return catalog["history.created"]
    case .changed, .changedFromFiles: return catalog["history.changed"]
    case .deleted: return catalog["history.deleted"]
    case .noted(let record): return catalog["history.noted.\(record.kind.rawValue)"]
    case .asInFiles: return catalog["history.asInFiles"]
    }
  }

  /// "Topic: Trộm cắp → Trộm xe" for each field, values shortened to `limit` columns.
  public static func fields(_ entry: HistoryEntry, catalog: Catalog, limit: Int? = nil)
    -> [String]
  {
    let kind = entry.key.kind
    func shown(_ value: String?, _ field: String) -> String {
      guard let value else { return "—" }
      var text = value
      if kind == .tip, field == "stage" { text = catalog["stage.\(value)"] }
      guard let limit else { return text }
      return text.clipped(to: limit)
    }
    switch entry.what {
    case .changed(let fields):
      return fields.map {
        ConflictDialog.label($0.name, of: kind, catalog) + ": " + shown($0.left, $0.name) + " → "
          + shown($0.right, $0.name)
      }
    case .created(let fields), .changedFromFiles(let fields):
      return fields.map {
        ConflictDialog.label($0.name, of: kind, catalog) + ": " + shown($0.right, $0.name)
      }
    case .deleted, .noted, .asInFiles: return []
    }
  }

  /// Why: the reasons given, a conflict settled, an undo.
  public static func why(_ entry: HistoryEntry, catalog: Catalog) -> [String] {
    var lines = entry.reasons
    if entry.settlesConflict { lines.append(catalog["history.settled"]) }
    if entry.isUndo { lines.append(catalog["history.undo"]) }
    return lines
  }

  /// The overlay's lines, an entry per block, each wrapped to `width`.
  public static func lines(_ entries: [HistoryEntry], catalog: Catalog, width: Int) -> [String] {
    guard !entries.isEmpty else { return [catalog["history.none"]] }
    var lines: [String] = []
    for entry in entries {
      if !lines.isEmpty { lines.append("") }
      let head = [entry.time.map(when), who(entry), verb(entry, catalog: catalog)]
        .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
      lines += head.wrapped(to: width)
      for field in fields(entry, catalog: catalog, limit: max(12, width / 2 - 4)) {
        lines += ("  " + field).wrapped(to: width)
      }
      for reason in why(entry, catalog: catalog) {
        lines += ("  " + catalog.format("history.reason", reason)).wrapped(to: width)
      }
    }
    return lines
  }

  /// One line of `antq audit`'s "what changed": the verb, then the fields and reasons.
  public static func summary(_ entry: HistoryEntry, catalog: Catalog) -> String {
    let details =
      fields(entry, catalog: catalog)
      + why(entry, catalog: catalog).map { catalog.format("history.reason", $0) }
    let verb = verb(entry, catalog: catalog)
    return details.isEmpty ? verb : verb + ": " + details.joined(separator: "; ")
  }
}
