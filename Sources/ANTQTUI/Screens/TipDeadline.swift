import ANTQCore

/// What the tips list marks about a tip's deadlines (Criminal Procedure Code arts. 145–148,
/// crime tips only): not forwarded within 24 hours (48 in a remote commune), no decision by
/// its day (the graver), or forwarded late — which stays marked after the forward.
public enum TipDeadline: String, Sendable {
  case forward, decision, lateForward

  public static func forwardHours(remote: Bool) -> Int { Tip.forwardHours(remote: remote) }

  /// Overdue at `now`, or late already; nil when all is on time. Exactly on the deadline is
  /// not yet overdue.
  public static func of(_ tip: Tip, remote: Bool, now: Moment) -> TipDeadline? {
    switch tip.overdue(remote: remote, now: now) {
    case .decision: return .decision
    case .forward: return .forward
    case nil: return tip.forwardedLate(remote: remote) ? .lateForward : nil
    }
  }

  var labelKey: String { "overdue." + rawValue }
}
