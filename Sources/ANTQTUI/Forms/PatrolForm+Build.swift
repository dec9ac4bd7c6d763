import ANTQCore

extension PatrolForm {
  /// Validator field names → this form's fields.
  static let fieldNames = [
    "start": "date", "communeID": "commune", "teamID": "team", "residentialAreaIDs": "areas",
  ]

  /// The patrol the fields describe, checked against the data; as many problems as can
  /// be found even while some fields do not read yet.
  static func build(
    _ form: Form, context: AppContext, id: String, validator: Validator, session: EntrySession
  ) -> FormDraft {
    let today = context.today
    var reader = FieldReader()
    let day = reader.read(form["date"].day(today: today))
    let start = reader.read(form["start"].time)
    let end = reader.read(form["end"].time)
    let commune = reader.read(form["commune"].picked)?.first
    let team = reader.read(form["team"].picked)?.first
    let areas = reader.read(form["areas"].picked) ?? []
    let counts = (countFields + ["tipsCollected"]).map { reader.read(form[$0].count) }
    if let day, let start, let end, end.on(day) <= start.on(day) {
      reader.issues.append(
        ValidationIssue(
          field: "end", key: "form.patrol.endNotAfterStart", arguments: [end.text, start.text]))
    }
    guard let day, let start, let end, let commune, counts.allSatisfy({ $0 != nil }) else {
      if let commune, let team, let owner = context.data.teams.first(where: { $0.id == team.id }),
        owner.communeID != commune.id
      {
        reader.issues.append(
          ValidationIssue(
            field: "team", key: "validation.patrol.teamOtherCommune", arguments: [team.title]))
      }
      return .failed(reader.issues)
    }
    let patrol = Patrol(
      id: id, communeID: commune.id, teamID: team?.id, start: start.on(day), end: end.on(day),
      residentialAreaIDs: areas.map(\.id), route: form["route"].stored,
      participants: Patrol.Participants(
        police: counts[0]!, militia: counts[1]!, teamMembers: counts[2]!),
      findings: form["findings"].stored, tipsCollected: counts[3]!, notes: form["notes"].stored)
    reader.issues += validator.check(patrol).map { issue in
      var issue = issue
      issue.field = fieldNames[issue.field] ?? issue.field
      return issue
    }
    if reader.issues.isEmpty {
      session.communeID = commune.id
      session.teamID = team?.id
      session.shift = (start.text, end.text)
      session.lastPatrol = patrol
      for field in countFields { session.counts[field] = form[field].text.trimmed }
    }
    return FormDraft(
      change: reader.issues.isEmpty ? .upsert(.patrol(patrol)) : nil, issues: reader.issues)
  }
}
