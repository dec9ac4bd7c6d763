import ANTQCore

/// Helpers the supervisor's forms share: reading fields into values and putting the
/// validator's issues on the form's fields.
enum SuperviseForm {
  /// The validator's issues with their fields renamed to the form's.
  static func rename(_ issues: [ValidationIssue], _ names: [String: String]) -> [ValidationIssue] {
    issues.map { issue in
      var issue = issue
      issue.field = names[issue.field] ?? issue.field
      return issue
    }
  }

  static func draft(_ change: Change?, _ issues: [ValidationIssue]) -> FormDraft {
    FormDraft(change: issues.isEmpty ? change : nil, issues: issues)
  }

  /// A choice field preset to the option with id `selected`.
  static func choice(
    _ id: String, label: String, options: [FieldOption], selected: String?
  ) -> FormField {
    var field = FormField(id, label: label, kind: .choice(options), hint: "form.hint.choice")
    field.choice = options.firstIndex { $0.id == selected } ?? 0
    return field
  }

  static func yesNo(_ id: String, label: String, value: Bool, catalog: Catalog) -> FormField {
    choice(
      id, label: label,
      options: [
        FieldOption(id: "yes", title: catalog["sup.flag.yes"]),
        FieldOption(id: "no", title: catalog["sup.flag.no"]),
      ], selected: value ? "yes" : "no")
  }
}
