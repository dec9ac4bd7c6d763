/// A time of day as typed, with an optional "+1" for the next day (a night shift's end).
public struct TypedTime: Hashable, Sendable {
  public var minuteOfDay: Int
  /// Days after the form's date: 1 when typed with "+1".
  public var dayOffset: Int

  public init(minuteOfDay: Int, dayOffset: Int = 0) {
    self.minuteOfDay = minuteOfDay
    self.dayOffset = dayOffset
  }

  public var text: String {
    "\(Day.pad(minuteOfDay / 60, 2)):\(Day.pad(minuteOfDay % 60, 2))"
      + (dayOffset > 0 ? "+\(dayOffset)" : "")
  }

  /// The moment on `day` (plus the day offset).
  public func on(_ day: Day) -> Moment {
    Moment(day: day.adding(days: dayOffset), minuteOfDay: minuteOfDay)
  }
}

/// Reads a time as a clerk types it: `19:30`, `1930`, `19h30`, `19g30`, `19h`, `19`,
/// `7.05`, `730`; `+1` after it means the next day (`02:00+1`).
public enum TimeInput {
  public static func parse(_ text: String, field: String, allowNextDay: Bool = false) -> Result<
    TypedTime, ValidationIssue
  > {
    var typed = text.trimmed.folded
    guard !typed.isEmpty else {
      return .failure(ValidationIssue(field: field, key: "form.time.empty"))
    }
    let notATime = ValidationIssue(field: field, key: "form.time.format", arguments: [text.trimmed])
    var offset = 0
    if allowNextDay, typed.hasSuffix("+1") {
      offset = 1
      typed = String(typed.dropLast(2)).trimmed
    }
    var hourText: Substring
    var minuteText: Substring
    if let mark = typed.firstIndex(where: { ":hg.".contains($0) }) {
      hourText = typed[..<mark]
      minuteText = typed[typed.index(after: mark)...]
      if minuteText.isEmpty { minuteText = "0" }
    } else if typed.count <= 2 {
      hourText = Substring(typed)
      minuteText = "0"
    } else if typed.count <= 4 {
      hourText = typed.dropLast(2)
      minuteText = typed.suffix(2)
    } else {
      return .failure(notATime)
    }
    guard hourText.count <= 2, minuteText.count <= 2,
      (hourText + minuteText).allSatisfy({ $0.isASCII && $0.isNumber }),
      let hour = Int(hourText), let minute = Int(minuteText)
    else { return .failure(notATime) }
    guard hour < 24, minute < 60 else {
      return .failure(
        ValidationIssue(field: field, key: "form.time.range", arguments: [text.trimmed]))
    }
    return .success(TypedTime(minuteOfDay: hour * 60 + minute, dayOffset: offset))
  }
}
