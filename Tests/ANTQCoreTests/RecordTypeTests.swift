import ANTQCore
import Testing

/// Every record kind is one declaration; names written in files and journals never change.
@Suite struct RecordTypeTests {
  @Test func kindsAndFilesKeepTheirNames() {
    let names = Dictionary(
      uniqueKeysWithValues: RecordKind.allCases.map { ($0.rawValue, $0.collectionName) })
    #expect(
      names == [
        "commune": "communes", "residentialArea": "residential-areas",
        "institution": "institutions",
        "assessment": "assessments", "newRural": "new-rural", "modelType": "model-types",
        "site": "model-sites", "appraisal": "appraisals", "exemplar": "exemplars", "team": "teams",
        "member": "members", "patrol": "patrols", "tip": "tips", "incident": "incidents",
        "outreach": "outreach", "trafficDuty": "traffic", "wantedCase": "wanted",
        "managedPerson": "managed-people", "educationFile": "education-files", "rescue": "rescues",
        "user": "users", "reveal": "reveals",
      ])
    let dated = Set(RecordKind.allCases.filter(\.isDated).map(\.rawValue))
    #expect(
      dated == [
        "assessment", "appraisal", "patrol", "tip", "incident", "outreach", "trafficDuty",
        "wantedCase", "educationFile", "rescue",
      ])
  }

  @Test func aRecordComparesByKindAndContent() {
    let a = Record(
      Rescue(id: "C1", communeID: "X1", day: LawFixture.day(2025, 1, 1), summary: "Lũ"))
    let b = Record(
      Rescue(id: "C1", communeID: "X1", day: LawFixture.day(2025, 1, 1), summary: "Lũ"))
    var c = b.as(Rescue.self)!
    c.summary = "Cháy"
    #expect(a == b && a != Record(c) && a.kind == .rescue && a.year == 2025)
    #expect(Set([a, b]).count == 1)
  }
}
