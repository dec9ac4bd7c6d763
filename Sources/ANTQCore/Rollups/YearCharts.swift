/// What the dashboard's charts show for a year: the force's patrols and tips by month (the
/// same records `YearReport` counts, so the months add up to its figures) and the communes
/// by safety status.
public struct YearCharts: Hashable, Sendable {
  /// Twelve counts, January first.
  public var patrolsByMonth = [Int](repeating: 0, count: 12)
  public var tipsByMonth = [Int](repeating: 0, count: 12)
  /// Communes with a decision of the year (the last one counts), and those without.
  public var communesSafe = 0
  public var communesNotSafe = 0
  public var communesNotAssessed = 0

  public init(data: ProvinceData, year: Int) {
    for patrol in data.patrols where patrol.isForce {
      let day = patrol.day
      if day.year == year { patrolsByMonth[day.month - 1] += 1 }
    }
    for tip in data.tips where tip.isForce {
      let day = tip.day
      if day.year == year { tipsByMonth[day.month - 1] += 1 }
    }
    var met: [String: Bool] = [:]
    for a in data.assessments where a.year == year && a.subject.kind == .commune {
      met[a.subject.id] = a.result == .met
    }
    for commune in data.communes {
      switch met[commune.id] {
      case true?: communesSafe += 1
      case false?: communesNotSafe += 1
      case nil: communesNotAssessed += 1
      }
    }
  }
}
