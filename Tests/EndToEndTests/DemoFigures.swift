/// The demo province's figures as the console and the report show them (DESIGN, seed text).
enum DemoFigures {
  /// `antq report --format json` keys, in the README's order.
  static let reportKeys: [String] = [
    "communes", "communesSafe", "xa", "xaNewRural", "residentialAreas", "residentialAreasSafe",
    "agenciesEnterprises", "agenciesEnterprisesSafe", "schools", "schoolsSafe",
    "newRuralModelResidentialAreas", "modelTypes", "modelSites", "exemplars", "modelsAppraised",
    "teams", "members", "membersUniformed", "membersPaidAllowance", "tips", "incidentsResolved",
    "outreachSessions", "patrols", "trafficDuties", "wantedCaught", "year", "province",
    "tipsAll", "incidentsResolvedAll", "outreachSessionsAll", "patrolsAll", "trafficDutiesAll",
    "tipsForwardedLate", "peopleManaged", "educationFiles", "reformSchoolReferrals",
    "rehabReferrals", "rescues", "cameras", "schoolsOutOfScope",
  ]

  /// Every patrol of 2025, the force's and others' (the patrols list's count).
  static let patrolsAll2025 = "5.373"
  static let patrolsAll2025Less1 = "5.372"

  /// The keys the law added: integers counted from the demo's records, not seed figures.
  static let lawKeys = Array(reportKeys.suffix(13))

  /// The 2025 numbers of the JSON report, key by key (all but year and province).
  static let report2025: [String: Int] = Dictionary(
    uniqueKeysWithValues: zip(
      reportKeys.prefix(25),
      [
        148, 128, 133, 84, 5400, 5129, 612, 612, 625, 620, 525, 38, 33104, 75, 117, 5049, 15428,
        15428, 15428, 3814, 1634, 1872, 4885, 8478, 19,
      ]))

  /// Figures the 2025 dashboard shows (Vietnamese number format).
  static let dashboard2025Vietnamese = ["86,48 %", "33.104", "5.049", "15.428", "3.814"]
  /// The same figures in English number format.
  static let dashboard2025English = ["86.48%", "33,104", "5,049", "15,428", "3,814"]
  /// Figures of the 2024 dashboard.
  static let dashboard2024Vietnamese = ["121 / 148", "81,75 %", "30.218", "4.863"]
}
