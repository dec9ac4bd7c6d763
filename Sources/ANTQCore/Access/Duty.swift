/// Whose work a kind of record is, which decides who may change it.
public enum Duty: String, Sendable, CaseIterable {
  /// A commune's logs, teams and members: its clerks, and supervisors anywhere.
  case communeWork
  /// Classifying, appraising, recognising exemplars, the tip decisions that need one.
  case supervision
  /// Users and the province's registers: communes, areas, institutions, model types.
  case administration
  /// Looking at a sealed identity: a reader, in their own name.
  case revealing

  /// The roles whose work it is. An admin may do a supervisor's work too.
  public var roles: Set<Role> {
    switch self {
    case .communeWork: return [.clerk, .supervisor, .admin]
    case .supervision: return [.supervisor, .admin]
    case .administration: return [.admin]
    case .revealing: return [.clerk, .supervisor, .admin]
    }
  }
}

extension Tip.Stage {
  /// The steps that decide a tip's outcome at the commune: a supervisor's, not a clerk's.
  public var needsDecision: Bool {
    [.handledAdministratively, .outOfScope, .closed].contains(self)
  }
}
