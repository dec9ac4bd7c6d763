import ANTQCore

/// The people's patrol form (new, copy or edit). Defaults carry what is usually the same:
/// today, and the commune, team, areas, route and shift of the clerk's usual patrol (the
/// last one saved this session, else the newest patrol of the commune last used).
/// A copy (`c`) takes all of that and the head counts from the patrol copied.
enum PatrolForm {
  static let countFields = ["police", "militia", "teamMembers"]

  static func make(
    _ context: AppContext, session: EntrySession, editing: Patrol? = nil,
    copying: Patrol? = nil
  ) -> Form {
    let data = context.data
    let catalog = context.catalog
    let source = editing ?? copying
    let usual = source == nil ? session.lastPatrol ?? newest(data, commune: session.communeID) : nil
    let communeID = source?.communeID ?? session.commune(context, fallback: usual?.communeID)
    let usualHere = usual?.communeID == communeID ? usual : nil
    let day = editing?.day ?? context.today
    let teams = FormOptions.teams(data, commune: communeID, on: day)
    let teamID =
      source?.teamID ?? usualHere?.teamID
      ?? (teams.options.count == 1 ? teams.options[0].id : nil)
    let areas = FormOptions.areas(data, commune: communeID, multiple: true)
    let areaIDs =
      source?.residentialAreaIDs ?? usualHere?.residentialAreaIDs ?? teamAreas(teamID, data)
    var start = ""
    var end = ""
    if let shift = source ?? usualHere {
      start = shift.start.timeText
      let offset = shift.end.day.ordinal - shift.start.day.ordinal
      end = TypedTime(minuteOfDay: shift.end.minuteOfDay, dayOffset: offset).text
    }
    func count(_ id: String, _ value: Int?) -> String {
      value.map(String.init) ?? session.counts[id] ?? "0"
    }
    let fields = [
      FormField(
        "date", label: "form.patrol.date", kind: .date, text: day.dayMonthYear, required: true,
        hint: "form.hint.date"),
      FormField(
        "start", label: "form.patrol.start", kind: .time(nextDay: false), text: start,
        required: true, hint: "form.hint.time"),
      FormField(
        "end", label: "form.patrol.end", kind: .time(nextDay: true), text: end, required: true,
        hint: "form.hint.endTime"),
      FormField(
        "commune", label: "form.field.commune", kind: .pick(FormOptions.communes(data)),
        text: FormOptions.name(of: communeID, in: FormOptions.communes(data)), required: true,
        hint: "form.hint.pick"),
      FormField(
        "team", label: "form.patrol.team", kind: .pick(teams),
        text: FormOptions.name(of: teamID, in: teams), hint: "form.hint.pick"),
      FormField(
        "areas", label: "form.patrol.areas", kind: .pick(areas),
        text: areaIDs.map { FormOptions.name(of: $0, in: areas) }.joined(separator: ", "),
        hint: "form.hint.pickMany"),
      FormField(
        "route", label: "form.patrol.route", kind: .text(limit: 200),
        text: (source ?? usualHere)?.route ?? "", required: true, hint: "form.hint.route"),
      FormField(
        "police", label: "form.patrol.police", kind: .count,
        text: count("police", source?.participants.police), hint: "form.hint.count"),
      FormField(
        "militia", label: "form.patrol.militia", kind: .count,
        text: count("militia", source?.participants.militia), hint: "form.hint.count"),
      FormField(
        "teamMembers", label: "form.patrol.teamMembers", kind: .count,
        text: count("teamMembers", source?.participants.teamMembers), hint: "form.hint.count"),
      FormField(
        "findings", label: "form.patrol.findings", kind: .notes(limit: 1000, lines: 2),
        text: editing?.findings ?? "", hint: "form.hint.notes"),
      FormField(
        "tipsCollected", label: "form.patrol.tips", kind: .count,
        text: editing.map { String($0.tipsCollected) } ?? "0", hint: "form.hint.count"),
      FormField(
        "notes", label: "form.field.notes", kind: .notes(limit: 1000, lines: 3),
        text: editing?.notes ?? "", hint: "form.hint.notes"),
    ]
    let validator = context.validator
    let id =
      editing?.id
      ?? RecordIDs.next("P", year: context.today.year, existing: data.patrols.lazy.map(\.id))
    var form = Form(
      title: catalog[editing == nil ? "form.patrol.new" : "form.patrol.edit"], fields: fields
    ) { form, context in
      build(form, context: context, id: id, validator: validator, session: session)
    }
    form.onLeave = { form, field, context in changed(&form, field, context) }
    return form
  }

  /// The newest patrol of `commune` (of any commune when nil).
  static func newest(_ data: ProvinceData, commune: String?) -> Patrol? {
    var found: Patrol?
    for patrol in data.patrols where commune == nil || patrol.communeID == commune {
      if found.map({ patrol.start > $0.start }) ?? true { found = patrol }
    }
    return found
  }

  static func teamAreas(_ teamID: String?, _ data: ProvinceData) -> [String] {
    guard let teamID else { return [] }
    return data.teams.first { $0.id == teamID }?.residentialAreaIDs ?? []
  }

  /// A new commune changes the teams and areas offered; a new team fills in its areas
  /// unless the clerk typed them.
  static func changed(_ form: inout Form, _ field: String, _ context: AppContext) {
    let data = context.data
    switch field {
    case "commune", "date":
      let commune = form.pickedCommuneID
      let day = form["date"].day(today: context.today).value ?? context.today
      let teams = FormOptions.teams(data, commune: commune, on: day)
      form["team"].kind = .pick(teams)
      form.offerAreasOfPickedCommune(in: "areas", data, multiple: true)
      if field == "commune", !form["team"].touched {
        form["team"].setText(teams.options.count == 1 ? teams.options[0].title : "")
        changed(&form, "team", context)
      }
    case "team":
      guard !form["areas"].touched, let list = form["areas"].pickList else { return }
      let team = form["team"].picked.value?.first?.id
      form["areas"].setText(
        teamAreas(team, data).map { FormOptions.name(of: $0, in: list) }.joined(separator: ", "))
    default: break
    }
  }
}
