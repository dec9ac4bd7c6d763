/// One row of the communes table: a commune's figures for one year.
public struct CommuneSummary: Hashable, Sendable, Identifiable {
  public enum SafetyStatus: String, Hashable, Sendable, CaseIterable {
    case met, notMet, notAssessed
  }
  public enum NewRuralStatus: String, Hashable, Sendable, CaseIterable {
    /// Only xã take part in the new-rural programme.
    case met, notMet, notApplicable
  }

  public var communeID: String
  public var name: String
  public var kind: Commune.Kind
  public var remote: Bool
  public var safety: SafetyStatus = .notAssessed
  public var residentialAreas = Share(0, 0)
  public var institutions = Share(0, 0)
  public var newRural: NewRuralStatus
  public var teams = 0
  public var members = 0
  public var modelSites = 0
  public var patrols = 0
  public var tips = 0
  /// Not yet closed at `asOf`.
  public var tipsOpen = 0
  /// Still without a decision more than `Tip.decisionDays` after receipt.
  public var tipsOverdue = 0
  public var incidents = 0

  public var id: String { communeID }

  init(_ commune: Commune) {
    communeID = commune.id
    name = commune.name
    kind = commune.kind
    remote = commune.remote
    newRural = commune.kind == .xa ? .notMet : .notApplicable
  }
}

extension Tip {
  /// A decision on a tip is due this many days after receipt.
  public static let decisionDays = 20

  /// Still waiting for a decision (received, classified or being verified).
  public var awaitsDecision: Bool {
    switch stage {
    case .received, .classified, .verifying: return true
    default: return false
    }
  }

  /// Awaiting a decision past its due day, as of `day`.
  public func isOverdue(asOf day: Day) -> Bool {
    awaitsDecision && receivedAt.day.adding(days: Tip.decisionDays) < day
  }
}
