/// A local date and time to the minute, stored as "YYYY-MM-DDTHH:MM".
public struct Moment: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let day: Day
  /// Minutes since midnight, 0..<1440.
  public let minuteOfDay: Int

  public init?(day: Day, hour: Int, minute: Int) {
    guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
    self.day = day
    self.minuteOfDay = hour * 60 + minute
  }

  public init(day: Day, minuteOfDay: Int) {
    let wrapped = ((minuteOfDay % 1440) + 1440) % 1440
    self.day = day.adding(days: (minuteOfDay - wrapped) / 1440)
    self.minuteOfDay = wrapped
  }

  public var hour: Int { minuteOfDay / 60 }
  public var minute: Int { minuteOfDay % 60 }

  /// Minutes since 1970-01-01 00:00 local time.
  public var absoluteMinutes: Int { day.ordinal * 1440 + minuteOfDay }

  public func adding(minutes: Int) -> Moment {
    Moment(day: day, minuteOfDay: minuteOfDay + minutes)
  }

  public static func < (lhs: Moment, rhs: Moment) -> Bool {
    lhs.absoluteMinutes < rhs.absoluteMinutes
  }

  public var timeText: String { "\(Day.pad(hour, 2)):\(Day.pad(minute, 2))" }

  public var description: String { "\(day)T\(timeText)" }

  public init?(iso text: Substring) {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard parts.count == 2, let day = Day(iso: parts[0]) else { return nil }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 2, clock[0].count == 2, clock[1].count == 2,
      let h = Int(clock[0]), let m = Int(clock[1])
    else { return nil }
    self.init(day: day, hour: h, minute: m)
  }
}

extension Moment: Codable {
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let moment = Moment(iso: Substring(text)) else {
      throw DecodingError.dataCorrupted(
        .init(
          codingPath: decoder.codingPath, debugDescription: "not a time YYYY-MM-DDTHH:MM: \(text)"))
    }
    self = moment
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
