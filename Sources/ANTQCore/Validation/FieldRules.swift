/// Checks of single values, shared by every form. Each returns nil when the value is fine.
public enum FieldRules {
  /// No record is dated before this day.
  public static let earliest = Day(year: 2000, month: 1, day: 1)!
  public static let minimumAge = 18
  public static let maximumAge = 70

  /// A date is not in the future and not before 2000.
  public static func day(_ day: Day, field: String, today: Day) -> ValidationIssue? {
    if today < day {
      return ValidationIssue(
        field: field, key: "validation.date.future",
        arguments: [day.dayMonthYear, today.dayMonthYear])
    }
    if day < earliest {
      return ValidationIssue(
        field: field, key: "validation.date.tooEarly",
        arguments: [day.dayMonthYear, earliest.dayMonthYear])
    }
    return nil
  }

  /// A year between 2000 and this year.
  public static func year(_ year: Int, field: String, today: Day) -> ValidationIssue? {
    guard year < earliest.year || year > today.year else { return nil }
    return ValidationIssue(
      field: field, key: "validation.year.range",
      arguments: [String(year), String(earliest.year), String(today.year)])
  }

  /// Required text: something left after trimming.
  public static func required(_ text: String, field: String) -> ValidationIssue? {
    // Same test as `trimmed.isEmpty`, without Foundation's cost on every record.
    let blank = text.unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    return blank ? ValidationIssue(field: field, key: "validation.text.blank") : nil
  }

  /// Stored text is NFC (forms store `storageForm`).
  public static func nfc(_ text: String, field: String) -> ValidationIssue? {
    text.isNFC ? nil : ValidationIssue(field: field, key: "validation.text.notNFC")
  }

  /// Required and NFC.
  public static func text(_ text: String, field: String, required: Bool = true) -> [ValidationIssue]
  {
    [required ? self.required(text, field: field) : nil, nfc(text, field: field)].compactMap { $0 }
  }

  /// A count is not negative.
  public static func count(_ value: Int, field: String) -> ValidationIssue? {
    value < 0
      ? ValidationIssue(field: field, key: "validation.count.negative", arguments: [String(value)])
      : nil
  }

  /// Reads a count typed in a form: digits only (a whole number), not negative.
  public static func parseCount(_ text: String, field: String) -> Result<Int, ValidationIssue> {
    let typed = text.trimmed
    if typed.hasPrefix("-"), let value = Int(typed) {
      return .failure(
        ValidationIssue(field: field, key: "validation.count.negative", arguments: [String(value)]))
    }
    guard !typed.isEmpty, typed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(typed)
    else {
      return .failure(
        ValidationIssue(field: field, key: "validation.count.notWhole", arguments: [typed]))
    }
    return .success(value)
  }

  /// A member's age when joining, from the birth year, is 18–70.
  public static func joiningAge(birthYear: Int, joined: Day, field: String) -> ValidationIssue? {
    let age = joined.year - birthYear
    guard age < minimumAge || age > maximumAge else { return nil }
    return ValidationIssue(
      field: field, key: "validation.member.age",
      arguments: [String(age), String(minimumAge), String(maximumAge)])
  }
}
