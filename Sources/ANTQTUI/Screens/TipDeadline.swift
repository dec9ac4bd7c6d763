import ANTQCore

/// What is overdue about a tip: not forwarded within 24 hours of receipt (48 in a remote
/// commune), or no decision 20 days after receipt (the later, graver of the two).
public enum TipDeadline: String, Sendable {
  case forward, decision

  public static func forwardHours(remote: Bool) -> Int { remote ? 48 : 24 }

  /// Overdue at `now`, or nil. Exactly on the deadline is not yet overdue.
  public static func of(_ tip: Tip, remote: Bool, now: Moment) -> TipDeadline? {
    guard tip.awaitsDecision else { return nil }
    if tip.isOverdue(asOf: now.day) { return .decision }
    let waited = now.absoluteMinutes - tip.receivedAt.absoluteMinutes
    return waited > forwardHours(remote: remote) * 60 ? .forward : nil
  }

  var labelKey: String { "overdue." + rawValue }
}
