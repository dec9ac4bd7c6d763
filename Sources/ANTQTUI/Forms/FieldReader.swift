import ANTQCore

/// Collects the problems met while reading fields, so a form reports all of them.
struct FieldReader {
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

  /// An optional whole number typed as text: empty is nil.
  mutating func optionalCount(_ field: FormField) -> Int?? {
    guard !field.text.trimmed.isEmpty else { return .some(nil) }
    return read(FieldRules.parseCount(field.text, field: field.id)).map { .some($0) }
  }
}

extension String {
  /// nil for text that is empty after trimming (an optional field left blank).
  var nilIfEmpty: String? { trimmed.isEmpty ? nil : self }
}
