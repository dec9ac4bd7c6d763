/// The whole in-memory model of one province: registers plus activity logs.
public struct Province: Codable, Hashable, Sendable {
  public var name: String
  /// True for the bundled demo: its figures are illustrative.
  public var illustrative: Bool

  public init(name: String, illustrative: Bool = false) {
    self.name = name
    self.illustrative = illustrative
  }
}

/// Every collection of a province's data. Activity logs hold every year loaded.
public struct ProvinceData: Hashable, Sendable {
  public var province: Province
  public var communes: [Commune] = []
  public var residentialAreas: [ResidentialArea] = []
  public var institutions: [Institution] = []
  public var assessments: [SafetyAssessment] = []
  public var newRural: [NewRuralRecognition] = []
  public var modelTypes: [ModelType] = []
  public var modelSites: [ModelSite] = []
  public var appraisals: [ModelAppraisal] = []
  public var exemplars: [Exemplar] = []
  public var teams: [Team] = []
  public var members: [Member] = []
  public var patrols: [Patrol] = []
  public var tips: [Tip] = []
  public var incidents: [Incident] = []
  public var outreach: [OutreachSession] = []
  public var trafficDuties: [TrafficDuty] = []
  public var wantedCases: [WantedPersonCase] = []
  public var managedPeople: [ManagedPerson] = []
  public var educationFiles: [EducationFile] = []
  public var rescues: [Rescue] = []
  public var users: [User] = []
  public var reveals: [IdentityReveal] = []

  public init(province: Province) {
    self.province = province
  }
}
