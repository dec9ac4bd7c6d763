/// The screens of the tab bar, in their order; the raw value is the number key.
public enum ScreenID: Int, CaseIterable, Sendable {
  case dashboard = 1
  case communes, models, teams, patrols, tips, activities
  /// The admin's users: reached with `U`, not from the tab bar.
  case users

  /// The screens of the tab bar and the number keys.
  public static let tabs: [ScreenID] = allCases.filter { $0 != .users }

  public var titleKey: String {
    switch self {
    case .dashboard: return "screen.dashboard"
    case .communes: return "screen.communes"
    case .models: return "screen.models"
    case .teams: return "screen.teams"
    case .patrols: return "screen.patrols"
    case .tips: return "screen.tips"
    case .activities: return "screen.activities"
    case .users: return "screen.users"
    }
  }
}
