import ANTQCore

/// What every screen reads: the data, the year on screen, the language and today's date.
public struct AppContext: Sendable {
  public var data: ProvinceData
  public var year: Int
  public var catalog: Catalog
  public var today: Day
  /// The time now, for deadlines counted in hours (a tip is forwarded within 24 hours).
  public var now: Moment

  public init(data: ProvinceData, year: Int, catalog: Catalog, today: Day, now: Moment? = nil) {
    self.data = data
    self.year = year
    self.catalog = catalog
    self.today = today
    self.now = now ?? Moment(day: today, minuteOfDay: 12 * 60)
  }

  /// The moment tips are judged overdue at: now in the current year, else the year's end.
  public var asOfMoment: Moment {
    today.year == year ? now : Moment(day: Day(year: year, month: 12, day: 31)!, minuteOfDay: 1439)
  }

  public var numbers: NumberStyle { NumberStyle(catalog.language) }

  /// The day tips are judged overdue on: today in the current year, else the year's end.
  public var asOf: Day {
    today.year == year ? today : Day(year: year, month: 12, day: 31)!
  }
}
