import ANTQCore

/// The registers `antq import` reads, and their documented columns. A header is matched in
/// English or Vietnamese, case and accents aside ("Họ tên", "ho ten", "fullName").
public enum ImportTable: String, CaseIterable, Sendable {
  case members, areas, institutions, teams

  struct Column {
    /// The record's field it fills (the name validation issues use).
    let field: String
    let names: [String]
    var required = true
  }

  var columns: [Column] {
    let id = Column(field: "id", names: ["id", "mã", "mã số"])
    let commune = Column(field: "communeID", names: ["communeID", "commune", "xã", "mã xã"])
    switch self {
    case .members:
      return [
        id, Column(field: "teamID", names: ["teamID", "team", "tổ", "mã tổ"]),
        Column(field: "fullName", names: ["fullName", "full name", "name", "họ tên", "họ và tên"]),
        Column(field: "birthYear", names: ["birthYear", "birth year", "born", "năm sinh"]),
        Column(field: "gender", names: ["gender", "sex", "giới tính"]),
        Column(field: "role", names: ["role", "vai trò", "chức vụ"]),
        Column(field: "joined", names: ["joined", "ngày vào", "ngày tham gia"]),
        Column(field: "left", names: ["left", "ngày ra", "ngày thôi"], required: false),
        Column(field: "uniformIssued", names: ["uniform", "uniformIssued", "trang phục"]),
        Column(field: "paidAllowance", names: ["allowance", "paidAllowance", "hỗ trợ"]),
      ]
    case .areas, .institutions:
      return [
        id, commune, Column(field: "name", names: ["name", "tên"]),
        Column(field: "kind", names: ["kind", "type", "loại"]),
      ]
    case .teams:
      return [
        id, commune, Column(field: "name", names: ["name", "tên", "tên tổ"]),
        Column(
          field: "residentialAreaIDs",
          names: ["areas", "residentialAreaIDs", "khu dân cư", "mã khu dân cư"]),
        Column(field: "founded", names: ["founded", "ngày thành lập", "thành lập"]),
        Column(field: "dissolved", names: ["dissolved", "ngày giải thể"], required: false),
      ]
    }
  }

  /// Accepted words of a choice column, each with its value.
  static let genders: [(String, Member.Gender)] = [
    ("male", .male), ("nam", .male), ("female", .female), ("nữ", .female),
  ]
  static let roles: [(String, Member.Role)] = [
    ("leader", .leader), ("tổ trưởng", .leader), ("deputy", .deputy), ("tổ phó", .deputy),
    ("member", .member), ("tổ viên", .member), ("thành viên", .member),
  ]
  static let areaKinds: [(String, ResidentialArea.Kind)] = [
    ("thon", .thon), ("thôn", .thon), ("toDanPho", .toDanPho), ("tổ dân phố", .toDanPho),
    ("ban", .ban), ("bản", .ban), ("ap", .ap), ("ấp", .ap), ("khu", .khu), ("khu phố", .khu),
  ]
  static let institutionKinds: [(String, Institution.Kind)] = [
    ("agency", .agency), ("cơ quan", .agency), ("enterprise", .enterprise),
    ("doanh nghiệp", .enterprise), ("school", .school), ("trường", .school),
    ("cơ sở giáo dục", .school),
  ]
  static let yes = ["yes", "có", "x", "1", "true", "đã cấp", "được hưởng"]
  static let no = ["no", "không", "", "0", "false", "chưa"]
}

extension String {
  /// Case, accents, spaces and underscores aside: "Họ tên" and "ho_ten" match.
  var importKey: String {
    folded.filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
  }
}
