import ANTQCore

/// What every screen reads: the data, the year on screen, the language and today's date.
public struct AppContext: Sendable {
  public var data: ProvinceData
  public var year: Int
  public var catalog: Catalog
  public var today: Day

  public init(data: ProvinceData, year: Int, catalog: Catalog, today: Day) {
    self.data = data
    self.year = year
    self.catalog = catalog
    self.today = today
  }

  public var numbers: NumberStyle { NumberStyle(catalog.language) }

  /// The day tips are judged overdue on: today in the current year, else the year's end.
  public var asOf: Day {
    today.year == year ? today : Day(year: year, month: 12, day: 31)!
  }
}
