extension Tip.Stage {
  /// The commune's flow, received → classified → verifying → {forwarded, handled
  /// administratively, out of scope} → closed, then the investigation agency's decisions on
  /// a forwarded tip (BLTTHS arts. 147–148): an extension to 2 months, a second one, a
  /// decision to prosecute or not, a suspension and its resumption.
  public var allowedNext: [Tip.Stage] {
    switch self {
    case .received: return [.classified]
    case .classified: return [.verifying]
    case .verifying: return [.forwarded, .handledAdministratively, .outOfScope]
    case .forwarded: return [.extended, .prosecuted, .notProsecuted, .suspended, .closed]
    case .extended: return [.extendedAgain, .prosecuted, .notProsecuted, .suspended]
    case .extendedAgain, .resumed: return [.prosecuted, .notProsecuted, .suspended]
    case .suspended: return [.resumed, .closed]
    case .handledAdministratively, .outOfScope, .prosecuted, .notProsecuted: return [.closed]
    case .closed: return []
    }
  }

  public func canMove(to next: Tip.Stage) -> Bool { allowedNext.contains(next) }

  /// The investigation agency's decisions, recorded with their number.
  public var isAgencyDecision: Bool {
    switch self {
    case .prosecuted, .notProsecuted, .suspended, .resumed: return true
    default: return false
    }
  }

  /// Extensions of the 20 days, recorded with who granted them.
  public var isExtension: Bool { self == .extended || self == .extendedAgain }

  /// Catalog key of the stage's name in validation messages.
  public var labelKey: String { "validation.stage." + rawValue }
}

extension Tip {
  /// The stages this tip may move to from where it is now.
  public var allowedNextStages: [Stage] { stage.allowedNext }

  /// Records saved when the commune police could mark a tip suspended themselves.
  static func isLegacyMove(from: Stage, to: Stage) -> Bool {
    from == .verifying && to == .suspended
  }

  /// Refuses a move that skips or goes back along the flow.
  public static func checkMove(from: Stage, to: Stage) -> ValidationIssue? {
    if from.canMove(to: to) { return nil }
    if from == .closed {
      return ValidationIssue(field: "stage", key: "validation.tip.closed", arguments: [to.labelKey])
    }
    if from == .verifying && to == .suspended {
      return ValidationIssue(field: "stage", key: "validation.tip.communeSuspension")
    }
    return ValidationIssue(
      field: "stage", key: "validation.tip.stage",
      arguments: [
        from.labelKey, to.labelKey, from.allowedNext.map(\.labelKey).joined(separator: ","),
      ])
  }
}
