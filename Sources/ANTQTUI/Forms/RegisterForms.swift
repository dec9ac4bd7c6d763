import ANTQCore

/// Forms of the registers the seed report counts: a rescue, an education file or referral,
/// a person serving a sentence managed at the commune. Each starts with a date and commune.
enum RegisterForms {
  static func rescue(_ context: AppContext, session: EntrySession, editing: Rescue? = nil)
    -> Form
  {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "CH", year: context.today.year, existing: context.data.rescues.lazy.map(\.id))
    let fields =
      ActivityForm.head(
        context, day: editing?.day, communeID: editing?.communeID ?? session.communeID)
      + [
        FormField(
          "summary", label: "form.rescue.summary", kind: .text(limit: 300),
          text: editing?.summary ?? "", required: true, hint: "form.hint.text"),
        FormField(
          "peopleRescued", label: "form.rescue.people", kind: .count,
          text: editing.map { String($0.peopleRescued) } ?? "0", required: true,
          hint: "form.hint.count"),
      ]
      + ActivityForm.force(
        context, editing.map { ($0.isForce, $0.teamID) },
        communeID: editing?.communeID ?? session.communeID)
    return ActivityForm.form(
      context, titleKey: editing == nil ? "form.rescue.new" : "form.rescue.edit", fields: fields,
      session: session
    ) { day, commune, form in
      Record(
        Rescue(
          id: id, communeID: commune, day: day, summary: form["summary"].stored,
          peopleRescued: form["peopleRescued"].count.value ?? 0, teamID: ActivityForm.team(form),
          byForce: ActivityForm.byForce(form)))
    }
  }

  static func educationFile(
    _ context: AppContext, session: EntrySession, editing: EducationFile? = nil
  ) -> Form {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "GD", year: context.today.year, existing: context.data.educationFiles.lazy.map(\.id))
    let measures = FormOptions.cases(
      EducationFile.Measure.self, prefix: "form.measure.", catalog: context.catalog)
    var measure = FormField(
      "measure", label: "form.education.measure", kind: .choice(measures), hint: "form.hint.choice")
    measure.choice = measures.firstIndex { $0.id == editing?.measure.rawValue } ?? 0
    let fields =
      ActivityForm.head(
        context, day: editing?.day, communeID: editing?.communeID ?? session.communeID)
      + [
        FormField(
          "fullName", label: "sup.form.fullName", kind: .text(limit: 120),
          text: editing?.fullName ?? "", required: true, hint: "form.hint.confidential"),
        measure,
        FormField(
          "decisionNumber", label: "sup.form.decisionNumber", kind: .text(limit: 60),
          text: editing?.decisionNumber ?? "", hint: "sup.hint.decisionNumber"),
      ]
    return ActivityForm.form(
      context, titleKey: editing == nil ? "form.education.new" : "form.education.edit",
      fields: fields, session: session
    ) { day, commune, form in
      Record(
        EducationFile(
          id: id, communeID: commune, fullName: form["fullName"].stored,
          measure: EducationFile.Measure(rawValue: form["measure"].chosen?.id ?? "")
            ?? .educationAtCommune, day: day, decisionNumber: form["decisionNumber"].stored))
    }
  }

  static func managedPerson(
    _ context: AppContext, session: EntrySession, editing: ManagedPerson? = nil
  ) -> Form {
    let id =
      editing?.id
      ?? RecordIDs.next(
        "QL", year: context.today.year, existing: context.data.managedPeople.lazy.map(\.id))
    let categories = FormOptions.cases(
      ManagedPerson.Category.self, prefix: "form.category.", catalog: context.catalog)
    var category = FormField(
      "category", label: "form.managed.category", kind: .choice(categories),
      hint: "form.hint.choice")
    category.choice = categories.firstIndex { $0.id == editing?.category.rawValue } ?? 0
    let fields =
      ActivityForm.head(
        context, day: editing?.from, communeID: editing?.communeID ?? session.communeID)
      + [
        FormField(
          "fullName", label: "sup.form.fullName", kind: .text(limit: 120),
          text: editing?.fullName ?? "", required: true, hint: "form.hint.confidential"),
        category,
        FormField(
          "until", label: "form.managed.until", kind: .text(limit: 12),
          text: editing?.until?.dayMonthYear ?? "", hint: "sup.hint.optionalDate"),
        ActivityForm.teamField(
          context, teamID: editing?.teamID, communeID: editing?.communeID ?? session.communeID),
      ]
    return ActivityForm.form(
      context, titleKey: editing == nil ? "form.managed.new" : "form.managed.edit",
      fields: fields, session: session
    ) { day, commune, form in
      var reader = FieldReader()
      let until = reader.optionalDay(form["until"], today: context.today) ?? nil
      return Record(
        ManagedPerson(
          id: id, communeID: commune, fullName: form["fullName"].stored,
          category: ManagedPerson.Category(rawValue: form["category"].chosen?.id ?? "")
            ?? .releasedFromPrison, from: day, until: until, teamID: ActivityForm.team(form)))
    }
  }
}
