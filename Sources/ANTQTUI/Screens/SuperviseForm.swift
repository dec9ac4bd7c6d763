import ANTQCore

/// Helpers the supervisor's forms share: reading fields into values and putting the
/// validator's issues on the form's fields.
enum SuperviseForm {
  /// Collects the problems met while reading fields, so a form reports all of them.
  struct Reader {
    var issues: [ValidationIssue] = []

    mutating func read<T>(_ result: Result<T, ValidationIssue>) -> T? {
      switch result {
      case .success(let value): return value
      case .failure(let issue):
        issues.append(issue)
        return nil
      }
    }

    /// An optional date typed as text: empty is nil.
    mutating func optionalDay(_ field: FormField, today: Day) -> Day?? {
      guard !field.text.trimmed.isEmpty else { return .some(nil) }
      guard let day = read(DayInput.parse(field.text, today: today, field: field.id)) else {
        return nil
      }
      if let issue = FieldRules.day(day, field: field.id, today: today) {
        issues.append(issue)
        return nil
      }
      return .some(day)
    }
  }

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
