extension DemoBuild {
  /// One "An toàn về ANTT" decision per commune, residential area and institution per year,
  /// exactly the target number of them met.
  mutating func safety() {
    let communeOfArea = communeIndexByArea()
    let communeIndex = Dictionary(
      uniqueKeysWithValues: data.communes.enumerated().map { ($1.id, $0) })
    let agencies = data.institutions.indices.filter { data.institutions[$0].kind != .school }
    let schools = data.institutions.indices.filter { data.institutions[$0].kind == .school }
    for (k, target) in desc.years.enumerated() {
      let year = target.year
      let areaDay = min(Day(year: year, month: 11, day: 20)!, desc.asOf)
      let otherDay = min(Day(year: year, month: 12, day: 10)!, desc.asOf)
      let localDecision = data.communes.indices.map { "\(100 + $0 * 3 + k)/QĐ-UBND" }
      let provinceDecision = "\(2100 + k * 37)/QĐ-UBND"
      let short = String(year % 100)

      var met = metSet(target.communesSafe, of: data.communes.count)
      for (c, commune) in data.communes.enumerated() {
        append("C", short, .commune, commune.id, met[c], provinceDecision, otherDay)
      }
      met = metSet(target.residentialAreasSafe, of: data.residentialAreas.count)
      for (a, area) in data.residentialAreas.enumerated() {
        append(
          "R", short, .residentialArea, area.id, met[a], localDecision[communeOfArea[a]], areaDay)
      }
      for (group, safe) in [
        (agencies, target.agenciesEnterprisesSafe), (schools, target.schoolsSafe),
      ] {
        met = metSet(safe, of: group.count)
        for (g, i) in group.enumerated() {
          let institution = data.institutions[i]
          let decision = localDecision[communeIndex[institution.communeID]!]
          append("I", short, .institution, institution.id, met[g], decision, otherDay)
        }
      }
    }
  }

  func communeIndexByArea() -> [Int] {
    var result = [Int](repeating: 0, count: data.residentialAreas.count)
    for (c, areas) in areasOf.enumerated() {
      for a in areas { result[a] = c }
    }
    return result
  }

  private mutating func metSet(_ count: Int, of total: Int) -> [Bool] {
    var met = [Bool](repeating: false, count: total)
    for i in rng.sample(count, of: total) { met[i] = true }
    return met
  }

  private mutating func append(
    _ prefix: String, _ year: String, _ kind: Subject.Kind, _ id: String, _ met: Bool,
    _ decision: String, _ day: Day
  ) {
    let number = data.assessments.count + 1
    data.assessments.append(
      SafetyAssessment(
        id: ident("A" + year + prefix, number, width: 6), year: Int(year)! + 2000,
        subject: Subject(kind, id), result: met ? .met : .notMet, decisionNumber: decision,
        decisionDate: day))
  }

  /// New-rural recognitions: xã meeting the standard, and model new-rural residential areas.
  mutating func newRural() {
    let xa = data.communes.filter { $0.kind == .xa }.map(\.id)
    let xaSet = Set(xa)
    let ruralAreas = data.residentialAreas.filter { xaSet.contains($0.communeID) }.map(\.id)
    recognise(xa, .commune, desc.years.map(\.xaNewRural), prefix: "NX")
    recognise(
      ruralAreas, .residentialArea, desc.years.map(\.newRuralModelResidentialAreas), prefix: "NK")
  }

  private mutating func recognise(
    _ candidates: [String], _ kind: Subject.Kind, _ targets: [Int], prefix: String
  ) {
    let plan = Lifetimes.plan(
      targets: targets, endPerMille: 8, anchors: targets.map { _ in 0 }, rng: &rng)
    let subjects = rng.sample(plan.count, of: candidates.count)
    for (i, life) in plan.enumerated() {
      let year = life.start == 0 ? rng.int(in: 2013...years[0]) : years[life.start]
      data.newRural.append(
        NewRuralRecognition(
          id: ident(prefix, i + 1, width: 4), subject: Subject(kind, candidates[subjects[i]]),
          year: year, revokedYear: life.end.map { years[$0] }))
    }
  }
}
