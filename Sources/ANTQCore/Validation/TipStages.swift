extension Tip.Stage {
  /// received → classified → verifying → {forwarded, handled administratively, out of
  /// scope, suspended} → closed.
  public var allowedNext: [Tip.Stage] {
    switch self {
    case .received: return [.classified]
    case .classified: return [.verifying]
    case .verifying: return [.forwarded, .handledAdministratively, .outOfScope, .suspended]
    case .forwarded, .handledAdministratively, .outOfScope, .suspended: return [.closed]
    case .closed: return []
    }
  }

  public func canMove(to next: Tip.Stage) -> Bool { allowedNext.contains(next) }

  /// Catalog key of the stage's name in validation messages.
  public var labelKey: String { "validation.stage." + rawValue }
}

extension Tip {
  /// The stages this tip may move to from where it is now.
  public var allowedNextStages: [Stage] { stage.allowedNext }

  /// Refuses a move that skips or goes back along the flow.
  public static func checkMove(from: Stage, to: Stage) -> ValidationIssue? {
    if from.canMove(to: to) { return nil }
    if from == .closed {
      return ValidationIssue(field: "stage", key: "validation.tip.closed", arguments: [to.labelKey])
    }
    return ValidationIssue(
      field: "stage", key: "validation.tip.stage",
      arguments: [
        from.labelKey, to.labelKey, from.allowedNext.map(\.labelKey).joined(separator: ","),
      ])
  }
}
