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
  /// Crime tips past their decision day (`Tip.decisionDue`).
  public var tipsOverdue = 0
  /// Crime tips forwarded later than 24 hours (48 in a remote commune): stays counted.
  public var tipsForwardedLate = 0
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
