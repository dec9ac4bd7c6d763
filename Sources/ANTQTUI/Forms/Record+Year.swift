import ANTQCore

extension Record {
  /// The year an activity record belongs to; nil for registers.
  var activityYear: Int? {
    switch self {
    case .patrol(let r): return r.day.year
    case .tip(let r): return r.day.year
    case .incident(let r): return r.day.year
    case .outreach(let r): return r.day.year
    case .trafficDuty(let r): return r.day.year
    case .wantedCase(let r): return r.day.year
    default: return nil
    }
  }
}
