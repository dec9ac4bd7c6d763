import ANTQCore

/// What every screen reads: the data, the year on screen, the language and today's date.
public struct AppContext: Sendable {
  /// Changing the data drops the validator built over it.
  public var data: ProvinceData {
    didSet {
      preparedValidator = nil
      dataVersion += 1
    }
  }
  /// Each record's current version, for the saves of forms opened now.
  public internal(set) var versions = Versions()
  /// Counts changes of `data`, so what was computed from it can tell it is out of date.
  public private(set) var dataVersion = 0
  /// The years next to `year` whose records are in memory: screens prepare them between keys.
  public internal(set) var neighbourYears: [Int] = []
  /// The rules checker over `data`, built between keys (`App.idle`) so opening a form
  /// does not wait for it; nil until then or after the data changed.
  var preparedValidator: Validator?
  public var year: Int
  public var catalog: Catalog
  public var today: Day
  /// Where the mouse was clicked, while the click's command runs (`.point`).
  public internal(set) var pointer: (row: Int, column: Int)?
  /// The time now, for deadlines counted in hours (a tip is forwarded within 24 hours).
  public var now: Moment
  /// The account at the keyboard; its user record (role, communes) is read from `data`, so
  /// the admin's changes take effect at once.
  public var account: String?
  /// Hashes a password the admin sets on the users screen; nil where none is given (tests).
  public var passwords: (any PasswordSetting)?
  /// How bars are drawn: blocks, or ASCII on a terminal without them.
  public internal(set) var chartGlyphs = ChartGlyphs.blocks

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

  /// Checks records against the rules and the rest of the data.
  public var validator: Validator { preparedValidator ?? Validator(data: data, today: today) }

  public var numbers: NumberStyle { NumberStyle(catalog.language) }

  /// The day tips are judged overdue on: today in the current year, else the year's end.
  public var asOf: Day {
    today.year == year ? today : Day(year: year, month: 12, day: 31)!
  }
}
