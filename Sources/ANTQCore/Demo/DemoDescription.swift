/// The small, hand-written description the demo province is generated from
/// (`assets/demo/description.json`). Same description and seed, same data.
public struct DemoDescription: Codable, Hashable, Sendable {
  public struct CommuneEntry: Codable, Hashable, Sendable {
    public var name: String
    public var kind: Commune.Kind
    public var remote: Bool?
  }

  /// A named site from the province's report, placed in its own commune.
  public struct FeaturedSite: Codable, Hashable, Sendable {
    public var modelType: String
    public var commune: String
    public var name: String
    /// Renames one residential area of the commune, e.g. "Mỹ Á".
    public var area: String?
    public var areaKind: ResidentialArea.Kind?
  }

  /// Sizes of the registers that have no dates (the same every year).
  public struct Registers: Codable, Hashable, Sendable {
    public var residentialAreas: Int
    public var agencies: Int
    public var enterprises: Int
    public var schools: Int
  }

  public struct NamePools: Codable, Hashable, Sendable {
    public var areas: [String]
    public var familyNames: [String]
    public var maleMiddle: [String]
    public var femaleMiddle: [String]
    public var maleGiven: [String]
    public var femaleGiven: [String]
    public var routes: [String]
    public var patrolFindings: [String]
    public var tipTopics: [String]
    public var tipSummaries: [String]
    public var incidentSummaries: [String]
    public var outreachTopics: [String]
    public var trafficLocations: [String]
    public var agencies: [String]
    public var enterprises: [String]
    public var schools: [String]
  }

  /// The figures one year's report must show, counted from the generated records.
  public struct YearTargets: Codable, Hashable, Sendable {
    public var year: Int
    public var communesSafe: Int
    public var residentialAreasSafe: Int
    public var agenciesEnterprisesSafe: Int
    public var schoolsSafe: Int
    public var xaNewRural: Int
    public var newRuralModelResidentialAreas: Int
    public var modelTypes: Int
    public var modelSites: Int
    public var exemplars: Int
    public var modelsAppraised: Int
    public var teams: Int
    public var members: Int
    public var membersUniformed: Int
    public var membersPaidAllowance: Int
    public var tips: Int
    public var incidentsResolved: Int
    public var outreachSessions: Int
    public var patrols: Int
    public var trafficDuties: Int
    public var wantedCaught: Int
  }

  public var province: String
  public var seed: UInt64
  /// The last day any generated record may carry.
  public var asOf: Day
  /// The day grassroots teams were first set up (Law 30/2023/QH15 took effect).
  public var teamsFrom: Day
  public var communes: [CommuneEntry]
  public var modelTypes: [String]
  public var featuredSites: [FeaturedSite]
  public var registers: Registers
  public var names: NamePools
  /// Consecutive years, oldest first.
  public var years: [YearTargets]
}
