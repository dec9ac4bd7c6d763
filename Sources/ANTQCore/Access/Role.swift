/// What a person may do in the console. The catalogs name them for the screen
/// ("role.clerk" → "Cán bộ nhập liệu").
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
  /// Cán bộ nhập liệu: the activity logs, teams and members of their own communes.
  case clerk
  /// Lãnh đạo, cán bộ theo dõi phong trào: sees everything; classifies, appraises, decides.
  case supervisor
  /// Quản trị: users and the province's registers (communes, areas, model types), and
  /// whatever a supervisor may do.
  case admin

  private var rank: Int { Role.allCases.firstIndex(of: self) ?? 0 }
  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }
}
