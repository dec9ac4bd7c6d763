import ANTQCore
import ANTQStore
import Foundation

/// Ten province-years for the opening benchmark: the demo's registers, and its dated records
/// (activity logs, assessments, appraisals) copied back in time year by year with new ids, so
/// 2016–2025 each hold a demo-sized year.
enum TenYears {
  static let years = 2016...2025

  /// Writes the ten-year folder (schema 2, one folder per year) into `folder`.
  static func write(from demo: ProvinceData, to folder: URL) throws {
    try DataFolder(folder).save(province(from: demo))
  }

  /// The ten years in memory: the demo's own years as they are, every other year a copy of the
  /// demo year of the same parity, its days moved to the target year.
  static func province(from demo: ProvinceData) -> ProvinceData {
    var data = demo
    let demoYears = demo.years
    guard let latest = demoYears.last else { return data }
    for year in years where !demoYears.contains(year) {
      let source = demoYears.last { ($0 - year) % 2 == 0 } ?? latest
      append(copyOf: demo, from: source, to: year, into: &data)
    }
    sortByYear(&data)
    return data
  }

  private static func append(
    copyOf demo: ProvinceData, from source: Int, to year: Int, into data: inout ProvinceData
  ) {
    let shift = YearShift(from: source, to: year)
    let id = { (old: String) in "\(year)-\(old)" }
    for var r in demo.assessments where r.year == source {
      r.id = id(r.id)
      r.year = year
      r.decisionDate = shift.day(r.decisionDate)
      data.assessments.append(r)
    }
    for var r in demo.appraisals where r.year == source {
      r.id = id(r.id)
      r.year = year
      data.appraisals.append(r)
    }
    for var r in demo.patrols where r.day.year == source {
      let days = shift.day(r.start.day).ordinal - r.start.day.ordinal
      r.id = id(r.id)
      r.start = Moment(day: r.start.day.adding(days: days), minuteOfDay: r.start.minuteOfDay)
      r.end = Moment(day: r.end.day.adding(days: days), minuteOfDay: r.end.minuteOfDay)
      data.patrols.append(r)
    }
    for var r in demo.tips where r.day.year == source {
      r.id = id(r.id)
      r.receivedAt = shift.moment(r.receivedAt)
      r.incidentAt = r.incidentAt.map(shift.moment)
      r.steps = r.steps.map { step in
        var step = step
        step.at = shift.moment(step.at)
        return step
      }
      data.tips.append(r)
    }
    for var r in demo.incidents where r.day.year == source {
      r.id = id(r.id)
      r.day = shift.day(r.day)
      data.incidents.append(r)
    }
    for var r in demo.outreach where r.day.year == source {
      r.id = id(r.id)
      r.day = shift.day(r.day)
      data.outreach.append(r)
    }
    for var r in demo.trafficDuties where r.day.year == source {
      r.id = id(r.id)
      r.day = shift.day(r.day)
      data.trafficDuties.append(r)
    }
    for var r in demo.wantedCases where r.day.year == source {
      r.id = id(r.id)
      r.day = shift.day(r.day)
      data.wantedCases.append(r)
    }
  }

  /// Dated records grouped by year, ascending, as a load returns them.
  private static func sortByYear(_ data: inout ProvinceData) {
    func stable<T>(_ records: inout [T], _ year: (T) -> Int) {
      records = records.enumerated().sorted {
        (year($0.element), $0.offset) < (year($1.element), $1.offset)
      }.map(\.element)
    }
    stable(&data.assessments) { $0.year }
    stable(&data.appraisals) { $0.year }
    stable(&data.patrols) { $0.day.year }
    stable(&data.tips) { $0.day.year }
    stable(&data.incidents) { $0.day.year }
    stable(&data.outreach) { $0.day.year }
    stable(&data.trafficDuties) { $0.day.year }
    stable(&data.wantedCases) { $0.day.year }
  }
}

/// Moves a day to the same month and day of another year (29 February to the 28th).
struct YearShift {
  let source: Int
  let target: Int

  init(from source: Int, to target: Int) {
    self.source = source
    self.target = target
  }

  func day(_ day: Day) -> Day {
    let year = day.year - source + target
    let last = Day.daysIn(month: day.month, year: year)
    return Day(year: year, month: day.month, day: min(day.day, last))!
  }

  func moment(_ moment: Moment) -> Moment {
    Moment(day: day(moment.day), minuteOfDay: moment.minuteOfDay)
  }
}
