import ANTQCore

extension TipForm {
  static let fieldNames = [
    "receivedAt": "receivedDate", "incidentAt": "incidentDate", "communeID": "commune",
    "residentialAreaID": "area", "informant.name": "informantName",
    "informant.address": "informantAddress", "informant.idNumber": "informantIdNumber",
    "steps": "stepDate", "stage": "nextStage",
    "teamID": "team", "number": "decisionNumber",
  ]

  static func build(
    _ form: Form, context: AppContext, id: String, editing: Tip?, validator: Validator,
    session: EntrySession
  ) -> FormDraft {
    let today = context.today
    var reader = FieldReader()
    let receivedDay = reader.read(form["receivedDate"].day(today: today))
    let receivedTime = reader.read(form["receivedTime"].time)
    let commune = reader.read(form["commune"].picked)?.first
    let area = reader.read(form["area"].picked)?.first
    var incidentAt: Moment?
    if !form["incidentDate"].text.trimmed.isEmpty,
      let day = reader.read(form["incidentDate"].day(today: today))
    {
      let time =
        form["incidentTime"].text.trimmed.isEmpty ? nil : reader.read(form["incidentTime"].time)
      incidentAt = (time ?? TypedTime(minuteOfDay: 0)).on(day)
    }
    let who = form["anonymous"].chosen?.id
    let named = who != "anonymous" && who != "sealed"
    if named, form["informantName"].stored.isEmpty {
      reader.issues.append(ValidationIssue(field: "informantName", key: "form.tip.nameNeeded"))
    }
    var step: Tip.Step?
    if let editing {
      step = reader.read(TipMoveFields.step(form, from: editing.stage, today: today)) ?? nil
    }
    guard let receivedDay, let receivedTime, let commune, reader.issues.isEmpty else {
      return .failed(reader.issues)
    }
    let receivedAt = receivedTime.on(receivedDay)
    if editing == nil,
      let issue = FieldRules.notLater(receivedAt, now: context.now, field: "receivedTime")
    {
      reader.issues.append(issue)
    }
    let team = reader.read(form["team"].picked)?.first
    let notified = reader.optionalDay(form["informantNotified"], today: today) ?? nil
    if let incidentAt, receivedAt < incidentAt {
      reader.issues.append(
        ValidationIssue(
          field: "incidentDate", key: "form.tip.incidentAfterReceipt",
          arguments: [
            "\(incidentAt.day.dayMonthYear) \(incidentAt.timeText)",
            "\(receivedDay.dayMonthYear) \(receivedAt.timeText)",
          ]))
    }
    var steps = editing?.steps ?? [Tip.Step(stage: .received, at: receivedAt)]
    if steps.first?.stage == .received { steps[0].at = receivedAt }
    if let step { steps.append(step) }
    let informant =
      named
      ? Tip.Informant(
        name: form["informantName"].stored, phone: form["informantPhone"].stored,
        address: form["informantAddress"].stored,
        idNumber: form["informantIdNumber"].stored) : nil
    func chosen<T: RawRepresentable>(_ id: String, _ type: T.Type) -> T where T.RawValue == String {
      T(rawValue: form[id].chosen?.id ?? "")!
    }
    let tip = Tip(
      id: id, communeID: commune.id, residentialAreaID: area?.id, receivedAt: receivedAt,
      channel: chosen("channel", Tip.Channel.self), kind: chosen("kind", Tip.Kind.self),
      topic: form["topic"].stored, urgency: chosen("urgency", Tip.Urgency.self),
      incidentAt: incidentAt, summary: form["summary"].stored, informant: informant, steps: steps,
      intakeNumber: form["intakeNumber"].stored.nilIfEmpty, teamID: team?.id,
      byForce: form["byForce"].chosen?.id == "yes", informantNotified: notified,
      sealedIdentity: who == "sealed" ? editing?.sealedIdentity : nil)
    reader.issues += validator.check(tip).map { issue in
      var issue = issue
      issue.field = fieldNames[issue.field] ?? issue.field
      return issue
    }
    if reader.issues.isEmpty { session.communeID = commune.id }
    return FormDraft(
      change: reader.issues.isEmpty ? .upsert(.tip(tip)) : nil, issues: reader.issues)
  }
}
