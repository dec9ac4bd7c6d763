import ANTQCore

/// The tip intake form; editing a tip adds its next handling step (only the moves the
/// flow allows are offered). The informant's details appear here and nowhere else.
enum TipForm {
  static let informantFields = [
    "informantName", "informantPhone", "informantAddress", "informantIdNumber",
  ]

  static func make(
    _ context: AppContext, session: EntrySession, editing: Tip? = nil,
    newestCommune: String? = nil
  ) -> Form {
    let data = context.data
    let catalog = context.catalog
    let communeID = editing?.communeID ?? session.commune(context, fallback: newestCommune)
    let communes = FormOptions.communes(data)
    let areas = FormOptions.areas(data, commune: communeID, multiple: false)
    let received = editing?.receivedAt ?? context.now
    let informant = editing?.informant
    // A sealed identity stays as it is unless someone types a new one.
    let sealed = informant == nil ? editing?.sealedIdentity : nil
    let anonymous = editing?.isAnonymous == true
    func choice<T: RawRepresentable & CaseIterable>(
      _ id: String, _ label: String, _ type: T.Type, _ prefix: String, _ value: T?
    ) -> FormField where T.RawValue == String {
      let options = FormOptions.cases(type, prefix: prefix, catalog: catalog)
      var field = FormField(id, label: label, kind: .choice(options), hint: "form.hint.choice")
      field.choice = options.firstIndex { $0.id == value?.rawValue } ?? 0
      return field
    }
    var fields = [
      FormField(
        "receivedDate", label: "form.tip.receivedDate", kind: .date,
        text: received.day.dayMonthYear, required: true, hint: "form.hint.date"),
      FormField(
        "receivedTime", label: "form.tip.receivedTime", kind: .time(nextDay: false),
        text: received.timeText, required: true, hint: "form.hint.time"),
      choice("channel", "form.tip.channel", Tip.Channel.self, "form.channel.", editing?.channel),
      choice("kind", "form.tip.kind", Tip.Kind.self, "form.tipKind.", editing?.kind),
      FormField(
        "topic", label: "form.tip.topic", kind: .text(limit: 200), text: editing?.topic ?? "",
        required: true, hint: "form.hint.text"),
      choice("urgency", "form.tip.urgency", Tip.Urgency.self, "urgency.", editing?.urgency),
      FormField(
        "incidentDate", label: "form.tip.incidentDate", kind: .date,
        text: editing?.incidentAt?.day.dayMonthYear ?? "", hint: "form.hint.date"),
      FormField(
        "incidentTime", label: "form.tip.incidentTime", kind: .time(nextDay: false),
        text: editing?.incidentAt?.timeText ?? "", hint: "form.hint.time"),
      FormField(
        "commune", label: "form.field.commune", kind: .pick(communes),
        text: FormOptions.name(of: communeID, in: communes), required: true,
        hint: "form.hint.pick"),
      FormField(
        "area", label: "form.field.area", kind: .pick(areas),
        text: FormOptions.name(of: editing?.residentialAreaID, in: areas), hint: "form.hint.pick"),
      FormField(
        "summary", label: "form.tip.summary", kind: .notes(limit: 2000, lines: 3),
        text: editing?.summary ?? "", required: true, hint: "form.hint.text"),
    ]
    var who = FormField(
      "anonymous", label: "form.tip.informant",
      kind: .choice(
        [
          FieldOption(id: "named", title: catalog["form.tip.named"]),
          FieldOption(id: "anonymous", title: catalog["form.tip.anonymous"]),
        ] + (sealed == nil ? [] : [FieldOption(id: "sealed", title: catalog["form.tip.sealed"])])),
      hint: "form.hint.choice")
    who.choice = sealed != nil ? 2 : anonymous ? 1 : 0
    fields.append(who)
    let values = [informant?.name, informant?.phone, informant?.address, informant?.idNumber]
    for (index, id) in informantFields.enumerated() {
      var field = FormField(
        id, label: "form.tip.\(id)", kind: .text(limit: id == "informantIdNumber" ? 20 : 200),
        text: values[index] ?? "",
        hint: "form.hint.confidential")
      field.hidden = anonymous || sealed != nil
      fields.append(field)
    }
    // The move comes right after the intake, the law's details last: the usual keys stay.
    if let editing { fields += TipMoveFields.make(editing, context: context) }
    fields += forceFields(editing, communeID: communeID, context: context)
    let validator = context.validator
    let id =
      editing?.id
      ?? RecordIDs.next("TB", year: context.today.year, existing: data.tips.lazy.map(\.id))
    let title =
      editing.map {
        catalog.format("form.tip.edit", $0.id, catalog["stage.\($0.stage.rawValue)"])
      } ?? catalog["form.tip.new"]
    var form = Form(title: title, fields: fields) { form, context in
      build(
        form, context: context, id: id, editing: editing, validator: validator, session: session)
    }
    form.onLeave = { form, field, context in changed(&form, field, context) }
    form.warning = { change, context in duplicateWarning(change, context) }
    return form
  }

  /// Anonymous hides the informant's fields; a new commune changes the areas offered.
  static func changed(_ form: inout Form, _ field: String, _ context: AppContext) {
    switch field {
    case "anonymous":
      let hide = form["anonymous"].chosen?.id != "named"
      for id in informantFields { form[id].hidden = hide }
    case "commune":
      form.offerAreasOfPickedCommune(in: "area", context.data, multiple: false)
      form["team"].kind = .pick(
        FormOptions.teams(context.data, commune: form.pickedCommuneID, on: context.today))
    default: break
    }
  }

  /// A tip of the same residential area and topic received within a day of this one.
  static func duplicateWarning(_ change: Change, _ context: AppContext) -> String? {
    guard case .upsert(let record) = change, let tip = record.as(Tip.self),
      let area = tip.residentialAreaID
    else { return nil }
    let topic = tip.topic.folded
    let twin = context.data.tips.first { other in
      other.id != tip.id && other.residentialAreaID == area && other.topic.folded == topic
        && abs(other.receivedAt.absoluteMinutes - tip.receivedAt.absoluteMinutes) <= 24 * 60
    }
    guard let twin else { return nil }
    return context.catalog.format(
      "form.tip.duplicate", twin.id,
      "\(twin.receivedAt.day.dayMonthYear) \(twin.receivedAt.timeText)")
  }
}
