extension Day {
  /// Whole years from `birth` to this day (an age).
  public func years(since birth: Day) -> Int {
    let years = year - birth.year
    return (month, day) < (birth.month, birth.day) ? years - 1 : years
  }

  /// The same day `years` later; 29 February becomes 28 February in a common year.
  public func adding(years: Int) -> Day {
    let y = year + years
    return Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))!
  }
}
