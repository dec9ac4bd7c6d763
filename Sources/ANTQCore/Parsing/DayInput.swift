/// Reads a date as a clerk types it: `29/11/2026`, `29/11/26`, `29/11` (the latest such day
/// not after today), `29-11-2026`, `29.11.2026`, `2026-11-29`, `hôm nay`/`today`,
/// `hôm qua`/`yesterday` (accents and case optional). Pure: today is given.
public enum DayInput {
  public static func parse(_ text: String, today: Day, field: String) -> Result<
    Day, ValidationIssue
  > {
    let typed = text.trimmed
    guard !typed.isEmpty else {
      return .failure(ValidationIssue(field: field, key: "form.date.empty"))
    }
    switch typed.folded.split(separator: " ").joined(separator: " ") {
    case "hom nay", "today", "hn": return .success(today)
    case "hom qua", "yesterday", "hq": return .success(today.adding(days: -1))
    default: break
    }
    if let iso = Day(iso: Substring(typed)) { return .success(iso) }
    let parts = typed.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
    let notADate = ValidationIssue(field: field, key: "form.date.format", arguments: [typed])
    guard (2...3).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
      let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2,
      parts[1].count <= 2
    else { return .failure(notADate) }
    var year = today.year
    if parts.count == 3 {
      guard let typedYear = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else {
        return .failure(notADate)
      }
      year = parts[2].count == 2 ? 2000 + typedYear : typedYear
    }
    guard let found = Day(year: year, month: month, day: day) else {
      return .failure(nonexistent(day: day, month: month, year: year, field: field))
    }
    // "29/11" means the latest 29/11 that is not in the future.
    if parts.count == 2, today < found, let earlier = Day(year: year - 1, month: month, day: day) {
      return .success(earlier)
    }
    return .success(found)
  }

  private static func nonexistent(day: Int, month: Int, year: Int, field: String)
    -> ValidationIssue
  {
    let shown = "\(Day.pad(day, 2))/\(Day.pad(month, 2))/\(Day.pad(year, 4))"
    guard (1...12).contains(month) else {
      return ValidationIssue(field: field, key: "form.date.noMonth", arguments: [shown])
    }
    return ValidationIssue(
      field: field, key: "form.date.noDay",
      arguments: [shown, String(month), String(Day.daysIn(month: month, year: year))])
  }
}
