import ANTQCore

/// Người dùng: the admin's register of who works in the console (`U`): account, full name,
/// rank, role, a clerk's communes, whether they read identities and whether disabled. `n` adds
/// a user, `e` changes role, communes, rank, reading, disables or sets a new password.
enum UsersScreen {
  static func make() -> ListScreen<User> {
    let columns: [ListColumn<User>] = [
      .text("users.col.account", width: 14) { $0.id },
      .text("users.col.fullName", width: 20, flexible: true) { $0.fullName },
      ListColumn<User>.text("users.col.rank", width: 22, flexible: true) { $0.rank }.priority(2),
      ListColumn(
        "users.col.role", width: 16,
        text: { user, context in context.catalog["role.\(user.role.rawValue)"] },
        sortKey: .number { Role.allCases.firstIndex(of: $0.role) ?? 0 }),
      ListColumn<User>(
        "users.col.communes", width: 14, flexible: true,
        text: { user, context in
          user.communeIDs.map { context.data.communeName($0) }.joined(separator: ", ")
        }, sortKey: .text { $0.communeIDs.joined(separator: ",") }
      ).priority(1),
      ListColumn(
        "users.col.reader", width: 6, alignment: .center,
        text: { user, context in user.isIdentityReader ? context.catalog["sup.flag.yes"] : "" },
        sortKey: .number { $0.isIdentityReader ? 1 : 0 }),
      ListColumn(
        "users.col.state", width: 7,
        text: { user, context in user.isDisabled ? context.catalog["users.disabled"] : "" },
        sortKey: .number { $0.isDisabled ? 1 : 0 }, style: { $0.isDisabled ? .bad : nil }),
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: true) { user, context in
      [user.id, user.fullName, user.rank, context.catalog["role.\(user.role.rawValue)"]]
        .joined(separator: " ")
    }
    return ListScreen(
      list: list, rows: { $0.data.users },
      editor: ListEditor(
        new: { context in UserForm.make(context, editing: nil) },
        edit: { user, context in UserForm.make(context, editing: user) },
        kind: .user, subject: { Record($0) }))
  }
}
