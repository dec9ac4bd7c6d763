import ANTQCore

extension ActivityForm {
  /// A new session offers the usual one: the commune last used (else that of the newest
  /// session) and that commune's newest topic. A copy (`c`) takes all but the date.
  static func outreach(
    _ context: AppContext, session: EntrySession, editing: OutreachSession? = nil,
    copying: OutreachSession? = nil
  ) -> Form {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "TT", year: context.today.year, existing: context.data.outreach.lazy.map(\.id))
    let source = editing ?? copying
    let communeID =
      source?.communeID ?? session.communeID
      ?? newestOutreach(context.data, commune: nil)?.communeID
    let usual = source ?? newestOutreach(context.data, commune: communeID)
    let fields =
      head(context, day: editing?.day, communeID: communeID)
      + [
        FormField(
          "topic", label: "form.outreach.topic", kind: .text(limit: 200),
          text: usual?.topic ?? "", required: true, hint: "form.hint.text"),
        FormField(
          "attendees", label: "form.outreach.attendees", kind: .count,
          text: source.map { String($0.attendees) } ?? "", required: true,
          hint: "form.hint.count"),
      ]
      + force(
        context, editing.map { ($0.isForce, $0.teamID) },
        communeID: editing?.communeID ?? session.communeID)
    return form(
      context, titleKey: editing == nil ? "form.outreach.new" : "form.outreach.edit",
      fields: fields, session: session
    ) { day, commune, form in
      .outreach(
        OutreachSession(
          id: id, communeID: commune, day: day, topic: form["topic"].stored,
          attendees: form["attendees"].count.value ?? 0, teamID: team(form),
          byForce: byForce(form)))
    }
  }

  static func newestOutreach(_ data: ProvinceData, commune: String?) -> OutreachSession? {
    var found: OutreachSession?
    for record in data.outreach where commune == nil || record.communeID == commune {
      if found.map({ record.day > $0.day }) ?? true { found = record }
    }
    return found
  }

  static func traffic(_ context: AppContext, session: EntrySession, editing: TrafficDuty? = nil)
    -> Form
  {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "GT", year: context.today.year, existing: context.data.trafficDuties.lazy.map(\.id))
    let fields =
      head(context, day: editing?.day, communeID: editing?.communeID ?? session.communeID)
      + [
        FormField(
          "location", label: "form.traffic.location", kind: .text(limit: 200),
          text: editing?.location ?? "", required: true, hint: "form.hint.text"),
        FormField(
          "participants", label: "form.traffic.participants", kind: .count,
          text: editing.map { String($0.participants) } ?? "", required: true,
          hint: "form.hint.count"),
      ]
      + force(
        context, editing.map { ($0.isForce, $0.teamID) },
        communeID: editing?.communeID ?? session.communeID)
    return form(
      context, titleKey: editing == nil ? "form.traffic.new" : "form.traffic.edit",
      fields: fields, session: session
    ) { day, commune, form in
      .trafficDuty(
        TrafficDuty(
          id: id, communeID: commune, day: day, location: form["location"].stored,
          participants: form["participants"].count.value ?? 0, teamID: team(form),
          byForce: byForce(form)))
    }
  }

  static func incident(_ context: AppContext, session: EntrySession, editing: Incident? = nil)
    -> Form
  {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "V", year: context.today.year, existing: context.data.incidents.lazy.map(\.id))
    let communeID = editing?.communeID ?? session.communeID
    let areas = FormOptions.areas(context.data, commune: communeID, multiple: false)
    let fields =
      head(context, day: editing?.day, communeID: communeID)
      + [
        FormField(
          "area", label: "form.field.area", kind: .pick(areas),
          text: FormOptions.name(of: editing?.residentialAreaID, in: areas),
          hint: "form.hint.pick"),
        FormField(
          "summary", label: "form.incident.summary", kind: .notes(limit: 1000, lines: 3),
          text: editing?.summary ?? "", required: true, hint: "form.hint.text"),
      ]
      + force(context, editing.map { ($0.isForce, $0.teamID) }, communeID: communeID)
    return form(
      context, titleKey: editing == nil ? "form.incident.new" : "form.incident.edit",
      fields: fields, session: session
    ) { day, commune, form in
      .incident(
        Incident(
          id: id, communeID: commune, residentialAreaID: form["area"].picked.value?.first?.id,
          day: day, summary: form["summary"].stored, teamID: team(form), byForce: byForce(form)))
    }
  }

  static func wanted(
    _ context: AppContext, session: EntrySession, editing: WantedPersonCase? = nil
  ) -> Form {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "TN", year: context.today.year, existing: context.data.wantedCases.lazy.map(\.id))
    let outcomes = FormOptions.cases(
      WantedPersonCase.Outcome.self, prefix: "form.outcome.", catalog: context.catalog)
    var outcome = FormField(
      "outcome", label: "form.wanted.outcome", kind: .choice(outcomes), hint: "form.hint.choice")
    outcome.choice = outcomes.firstIndex { $0.id == editing?.outcome.rawValue } ?? 0
    let fields =
      head(context, day: editing?.day, communeID: editing?.communeID ?? session.communeID)
      + [
        outcome,
        FormField(
          "caseReference", label: "form.wanted.caseReference", kind: .text(limit: 100),
          text: editing?.caseReference ?? "", required: true, hint: "form.hint.text"),
      ]
    return form(
      context, titleKey: editing == nil ? "form.wanted.new" : "form.wanted.edit",
      fields: fields, session: session
    ) { day, commune, form in
      .wantedCase(
        WantedPersonCase(
          id: id, communeID: commune, day: day,
          outcome: WantedPersonCase.Outcome(rawValue: form["outcome"].chosen?.id ?? "")
            ?? .arrested,
          caseReference: form["caseReference"].stored))
    }
  }
}

extension ActivityForm {
  /// Whether the grassroots force took part and which team (the seed report counts the
  /// force's share): last on the form, so the usual keys stay the same.
  static func force(_ context: AppContext, _ editing: (Bool, String?)?, communeID: String?)
    -> [FormField]
  {
    [
      SuperviseForm.yesNo(
        "byForce", label: "form.field.byForce", value: editing?.0 ?? true,
        catalog: context.catalog),
      teamField(context, teamID: editing?.1, communeID: communeID),
    ]
  }

  /// A pick-list of the commune's active teams; `form` offers the new commune's teams
  /// when the commune is changed.
  static func teamField(_ context: AppContext, teamID: String?, communeID: String?) -> FormField {
    let teams = FormOptions.teams(context.data, commune: communeID, on: context.today)
    return FormField(
      "team", label: "form.patrol.team", kind: .pick(teams),
      text: FormOptions.name(of: teamID, in: teams), hint: "form.hint.pick")
  }

  static func byForce(_ form: Form) -> Bool { form["byForce"].chosen?.id == "yes" }
  static func team(_ form: Form) -> String? { form["team"].picked.value?.first?.id }
}
