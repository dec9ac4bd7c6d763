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

  /// A moment that must not lie after `now` (a patrol's start, a tip's receipt).
  public static func notLater(_ moment: Moment, now: Moment, field: String) -> ValidationIssue? {
    guard now < moment else { return nil }
    return ValidationIssue(
      field: field, key: "validation.moment.future",
      arguments: [
        "\(moment.day.dayMonthYear) \(moment.timeText)", "\(now.day.dayMonthYear) \(now.timeText)",
      ])
  }

  /// A birth date is not in the future and not before 1900.
  public static func birthDate(_ day: Day, field: String, today: Day) -> ValidationIssue? {
    let earliest = Day(year: 1900, month: 1, day: 1)!
    if today < day || day < earliest {
      return ValidationIssue(
        field: field, key: "validation.date.birth",
        arguments: [day.dayMonthYear, earliest.dayMonthYear, today.dayMonthYear])
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

  /// No control characters but line breaks (text pasted from elsewhere often carries them).
  /// The control characters (general category Cc) are fixed by Unicode: U+0000–U+001F and
  /// U+007F–U+009F. They are found in the UTF-8, where U+0080–U+009F are C2 80–C2 9F:
  /// asking each scalar for its properties was most of what `antq check` spent on the rules.
  public static func noControl(_ text: String, field: String) -> ValidationIssue? {
    var previous: UInt8 = 0
    for byte in text.utf8 {
      if (byte < 0x20 && byte != 0x0A) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0) {
        return ValidationIssue(field: field, key: "validation.text.control")
      }
      previous = byte
    }
    return nil
  }

  /// Required, NFC and free of control characters.
  public static func text(_ text: String, field: String, required: Bool = true) -> [ValidationIssue]
  {
    [
      required ? self.required(text, field: field) : nil, nfc(text, field: field),
      noControl(text, field: field),
    ].compactMap { $0 }
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

  /// Law 30/2023 art. 13(1): from the 18th to the 70th birthday at joining, counted from
  /// the birth date (from the year alone for older records); over 70 with the commune
  /// chairman's decision.
  public static func joiningAge(
    birthYear: Int, birthDate: Day? = nil, joined: Day, over70Decision: String? = nil,
    field: String
  ) -> ValidationIssue? {
    let age = birthDate.map { joined.years(since: $0) } ?? (joined.year - birthYear)
    // "Đến đủ 70 tuổi": the 70th birthday itself is still in; the day after it is not.
    let over70 = birthDate.map { joined > $0.adding(years: maximumAge) } ?? (age > maximumAge)
    if age < minimumAge {
      return ValidationIssue(
        field: field, key: "validation.member.age",
        arguments: [String(age), String(minimumAge), String(maximumAge)])
    }
    if over70, (over70Decision ?? "").trimmed.isEmpty {
      return ValidationIssue(
        field: field == "birthYear" ? "over70Decision" : field, key: "validation.member.over70",
        arguments: [String(age)])
    }
    return nil
  }
}
