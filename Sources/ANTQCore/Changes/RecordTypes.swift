/// Every kind of record the console keeps. A new kind is its own file (the type, its
/// `RecordType` declaration, its rules), one array in `ProvinceData` and one line here.
public enum RecordTypes {
  public static let all: [any RecordType.Type] = [
    Commune.self, ResidentialArea.self, Institution.self, NewRuralRecognition.self,
    ModelType.self, ModelSite.self, Exemplar.self, Team.self, Member.self,
    Patrol.self, Tip.self, Incident.self, OutreachSession.self, TrafficDuty.self,
    WantedPersonCase.self, SafetyAssessment.self, ModelAppraisal.self, ManagedPerson.self,
    EducationFile.self, Rescue.self, User.self, IdentityReveal.self,
  ]

  static let byKind: [RecordKind: any RecordType.Type] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.kind, $0) })

  /// The kinds kept in one file per year.
  public static var dated: [any RecordType.Type] { all.filter { $0.isDated } }
}
