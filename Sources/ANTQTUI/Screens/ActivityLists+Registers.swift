import ANTQCore

/// The registers the seed report counts beside the activity logs: rescues, education files
/// and referrals, people serving sentences managed at the commune.
extension ActivityLists {
  static func rescues(_ session: EntrySession) -> any Screen {
    let day: (Rescue) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("form.col.summary", width: 34, flexible: true) { $0.record.summary },
        .count("col.people", width: 6) { $0.record.peopleRescued },
      ], search: { "\($0.commune) \($0.record.summary) \($0.record.day.dayMonthYear)" },
      rows: { context in rows(context.data.rescues, day: day, commune: { $0.communeID })(context) },
      editor: ListEditor(
        new: { RegisterForms.rescue($0, session: session) },
        edit: { RegisterForms.rescue($1, session: session, editing: $0.record) },
        delete: deleting(.rescue, id: { $0.id }, day: day, what: { $0.summary }),
        kind: .rescue, subject: { Record($0.record) }))
  }

  static func educationFiles(_ session: EntrySession) -> any Screen {
    let day: (EducationFile) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("col.name", width: 24, flexible: true) { $0.record.fullName },
        ListColumn(
          "form.col.measure", width: 18,
          text: { row, context in context.catalog["form.measure.\(row.record.measure.rawValue)"] },
          sortKey: .text { $0.record.measure.rawValue }),
      ], search: { "\($0.commune) \($0.record.fullName) \($0.record.day.dayMonthYear)" },
      rows: { context in
        rows(context.data.educationFiles, day: day, commune: { $0.communeID })(context)
      },
      editor: ListEditor(
        new: { RegisterForms.educationFile($0, session: session) },
        edit: { RegisterForms.educationFile($1, session: session, editing: $0.record) },
        delete: deleting(.educationFile, id: { $0.id }, day: day, what: { $0.fullName }),
        kind: .educationFile, subject: { Record($0.record) }))
  }

  /// Everyone under management at some time in the year on screen.
  static func managedPeople(_ session: EntrySession) -> any Screen {
    let day: (ManagedPerson) -> Day = { $0.from }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("col.name", width: 24, flexible: true) { $0.record.fullName },
        ListColumn(
          "form.col.category", width: 18,
          text: { row, context in
            context.catalog["form.category.\(row.record.category.rawValue)"]
          },
          sortKey: .text { $0.record.category.rawValue }),
      ], search: { "\($0.commune) \($0.record.fullName)" },
      rows: { context in
        let names = CommuneNames(context.data)
        return context.data.managedPeople.filter { $0.managed(in: context.year) }.map {
          Row(record: $0, commune: names[$0.communeID], communeID: $0.communeID)
        }
      },
      editor: ListEditor(
        new: { RegisterForms.managedPerson($0, session: session) },
        edit: { RegisterForms.managedPerson($1, session: session, editing: $0.record) },
        delete: deleting(.managedPerson, id: { $0.id }, day: day, what: { $0.fullName }),
        kind: .managedPerson, subject: { Record($0.record) }))
  }
}
