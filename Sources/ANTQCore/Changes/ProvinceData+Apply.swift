extension ProvinceData {
  /// Applies one change: an upsert replaces the record with the same id (or adds it), a delete
  /// removes it. Activity records stay grouped by year in ascending order, as a load returns
  /// them. Idempotent: applying the same change twice gives the same data, so a journal
  /// replayed over files that already hold some of its changes loses and doubles nothing.
  public mutating func apply(_ change: Change) {
    switch change {
    case .upsert(let record): upsert(record)
    case .delete(let kind, let id): remove(kind, id: id)
    }
  }

  /// The change that undoes `change` on this data (the data before `change` is applied): the
  /// old record back, or a delete when there was none.
  public func inverse(of change: Change) -> Change {
    if let old = record(change.kind, id: change.id) { return .upsert(old) }
    return .delete(change.kind, id: change.id)
  }

  /// The record of that kind with that id, if there is one.
  public func record(_ kind: RecordKind, id: String) -> Record? {
    switch kind {
    case .commune: return communes.first { $0.id == id }.map(Record.commune)
    case .residentialArea: return residentialAreas.first { $0.id == id }.map(Record.residentialArea)
    case .institution: return institutions.first { $0.id == id }.map(Record.institution)
    case .assessment: return assessments.first { $0.id == id }.map(Record.assessment)
    case .newRural: return newRural.first { $0.id == id }.map(Record.newRural)
    case .modelType: return modelTypes.first { $0.id == id }.map(Record.modelType)
    case .site: return modelSites.first { $0.id == id }.map(Record.site)
    case .appraisal: return appraisals.first { $0.id == id }.map(Record.appraisal)
    case .exemplar: return exemplars.first { $0.id == id }.map(Record.exemplar)
    case .team: return teams.first { $0.id == id }.map(Record.team)
    case .member: return members.first { $0.id == id }.map(Record.member)
    case .patrol: return patrols.first { $0.id == id }.map(Record.patrol)
    case .tip: return tips.first { $0.id == id }.map(Record.tip)
    case .incident: return incidents.first { $0.id == id }.map(Record.incident)
    case .outreach: return outreach.first { $0.id == id }.map(Record.outreach)
    case .trafficDuty: return trafficDuties.first { $0.id == id }.map(Record.trafficDuty)
    case .wantedCase: return wantedCases.first { $0.id == id }.map(Record.wantedCase)
    }
  }

  private mutating func upsert(_ record: Record) {
    switch record {
    case .commune(let r): Self.put(r, in: &communes)
    case .residentialArea(let r): Self.put(r, in: &residentialAreas)
    case .institution(let r): Self.put(r, in: &institutions)
    case .assessment(let r): Self.put(r, in: &assessments)
    case .newRural(let r): Self.put(r, in: &newRural)
    case .modelType(let r): Self.put(r, in: &modelTypes)
    case .site(let r): Self.put(r, in: &modelSites)
    case .appraisal(let r): Self.put(r, in: &appraisals)
    case .exemplar(let r): Self.put(r, in: &exemplars)
    case .team(let r): Self.put(r, in: &teams)
    case .member(let r): Self.put(r, in: &members)
    case .patrol(let r): Self.put(r, in: &patrols) { $0.day.year }
    case .tip(let r): Self.put(r, in: &tips) { $0.day.year }
    case .incident(let r): Self.put(r, in: &incidents) { $0.day.year }
    case .outreach(let r): Self.put(r, in: &outreach) { $0.day.year }
    case .trafficDuty(let r): Self.put(r, in: &trafficDuties) { $0.day.year }
    case .wantedCase(let r): Self.put(r, in: &wantedCases) { $0.day.year }
    }
  }

  private mutating func remove(_ kind: RecordKind, id: String) {
    switch kind {
    case .commune: communes.removeAll { $0.id == id }
    case .residentialArea: residentialAreas.removeAll { $0.id == id }
    case .institution: institutions.removeAll { $0.id == id }
    case .assessment: assessments.removeAll { $0.id == id }
    case .newRural: newRural.removeAll { $0.id == id }
    case .modelType: modelTypes.removeAll { $0.id == id }
    case .site: modelSites.removeAll { $0.id == id }
    case .appraisal: appraisals.removeAll { $0.id == id }
    case .exemplar: exemplars.removeAll { $0.id == id }
    case .team: teams.removeAll { $0.id == id }
    case .member: members.removeAll { $0.id == id }
    case .patrol: patrols.removeAll { $0.id == id }
    case .tip: tips.removeAll { $0.id == id }
    case .incident: incidents.removeAll { $0.id == id }
    case .outreach: outreach.removeAll { $0.id == id }
    case .trafficDuty: trafficDuties.removeAll { $0.id == id }
    case .wantedCase: wantedCases.removeAll { $0.id == id }
    }
  }

  /// Replaces the first record with the same id in place and drops any other copy (a crash
  /// between two renames of a fold can leave a moved activity record in two year files).
  /// With `yearOf`, a record whose year changed, or a new one, goes after the last record of
  /// its year or an earlier one.
  private static func put<T: Identifiable>(
    _ record: T, in array: inout [T], yearOf: ((T) -> Int)? = nil
  ) where T.ID == String {
    let matches = array.indices.filter { array[$0].id == record.id }
    if let first = matches.first, yearOf.map({ $0(array[first]) == $0(record) }) ?? true {
      array[first] = record
      for index in matches.dropFirst().reversed() { array.remove(at: index) }
      return
    }
    for index in matches.reversed() { array.remove(at: index) }
    guard let yearOf else {
      array.append(record)
      return
    }
    let year = yearOf(record)
    let slot = array.lastIndex { yearOf($0) <= year }.map { $0 + 1 } ?? 0
    array.insert(record, at: slot)
  }
}
