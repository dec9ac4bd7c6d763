/// The Criminal Procedure Code's deadlines on a crime tip (arts. 145–148): forward within 24
/// hours of receipt (48 in a remote commune); the investigation agency decides within 20
/// days of receiving it, 2 months when extended, up to 2 more when extended again; none
/// while suspended; one more month after a resumption. Other reports about order have none.
extension Tip {
  public static let decisionDays = 20
  public static func forwardHours(remote: Bool) -> Int { remote ? 48 : 24 }

  /// Tố giác, tin báo, kiến nghị khởi tố: the three kinds the Code gives deadlines.
  public var isCrimeTip: Bool {
    switch kind {
    case .denunciation, .crimeReport, .prosecutionRecommendation: return true
    case .orderReport, .other: return false
    }
  }

  public var forwardedAt: Moment? { steps.first { $0.stage == .forwarded }?.at }

  /// The last moment the tip may be forwarded on time; nil when no deadline applies.
  public func forwardDue(remote: Bool) -> Moment? {
    isCrimeTip ? receivedAt.adding(minutes: Tip.forwardHours(remote: remote) * 60) : nil
  }

  /// Forwarded after its deadline: stays true once forwarded.
  public func forwardedLate(remote: Bool) -> Bool {
    guard let due = forwardDue(remote: remote), let at = forwardedAt else { return false }
    return due < at
  }

  /// Still with the commune police: received, classified or being verified.
  public var awaitsDecision: Bool {
    switch stage {
    case .received, .classified, .verifying: return true
    default: return false
    }
  }

  /// The day by which a decision is due, from the steps so far; nil when none is due
  /// (not a crime tip, decided, suspended, handled another way).
  public var decisionDue: Day? {
    guard isCrimeTip else { return nil }
    var due: Day? = receivedAt.day.adding(days: Tip.decisionDays)
    var forwarded = receivedAt.day
    for step in steps {
      switch step.stage {
      case .received, .classified, .verifying: break
      case .forwarded:
        forwarded = step.at.day
        due = forwarded.adding(days: Tip.decisionDays)
      case .extended: due = forwarded.adding(months: 2)
      case .extendedAgain: due = (due ?? forwarded).adding(months: 2)
      case .resumed: due = step.at.day.adding(months: 1)
      case .suspended, .prosecuted, .notProsecuted, .handledAdministratively, .outOfScope,
        .closed:
        due = nil
      }
    }
    return due
  }

  /// Past its decision day, as of `day`.
  public func isOverdue(asOf day: Day) -> Bool { decisionDue.map { $0 < day } ?? false }

  /// What is overdue at `now`: a forward not yet made past its deadline, or a decision past
  /// its day (the graver of the two). Exactly on the deadline is not yet overdue.
  public func overdue(remote: Bool, now: Moment) -> Deadline? {
    if isOverdue(asOf: now.day) { return .decision }
    if awaitsDecision, let due = forwardDue(remote: remote), due < now { return .forward }
    return nil
  }

  public enum Deadline: String, Sendable {
    case forward, decision
  }
}

extension Day {
  /// The same day `months` later, or the month's last day when it has fewer days.
  public func adding(months: Int) -> Day {
    let total = year * 12 + (month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
  }
}
