extension User {
  /// Account names as the machine's accounts write them: lower-case letters, digits, `.`,
  /// `_` and `-`, starting with a letter.
  public static func isAccountName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ("a"..."z").contains(first),
      text.unicodeScalars.count <= 32
    else { return false }
    return text.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
    }
  }
}

extension Validator {
  public func check(_ user: User) -> [ValidationIssue] {
    var issues = FieldRules.text(user.fullName, field: "fullName")
    if !User.isAccountName(user.id) {
      issues.append(
        ValidationIssue(field: "id", key: "validation.user.account", arguments: [user.id]))
    }
    if user.role == .clerk, user.communeIDs.isEmpty {
      issues.append(ValidationIssue(field: "communeIDs", key: "validation.user.noCommune"))
    }
    issues += user.communeIDs.compactMap { communeExists($0, field: "communeIDs") }
    return issues
  }
}
