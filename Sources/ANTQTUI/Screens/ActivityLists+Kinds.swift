import ANTQCore

extension ActivityLists {
  static func outreach(_ session: EntrySession) -> any Screen {
    let day: (OutreachSession) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("col.topic", width: 30, flexible: true) { $0.record.topic },
        .count("form.col.attendees", width: 8) { $0.record.attendees },
      ], search: { "\($0.commune) \($0.record.topic) \($0.record.day.dayMonthYear)" },
      rows: { context in rows(context.data.outreach, day: day, commune: { $0.communeID })(context)
      },
      editor: ListEditor(
        new: { ActivityForm.outreach($0, session: session) },
        edit: { ActivityForm.outreach($1, session: session, editing: $0.record) },
        copy: { ActivityForm.outreach($1, session: session, copying: $0.record) },
        delete: deleting(.outreach, id: { $0.id }, day: day, what: { $0.topic }),
        kind: .outreach, subject: { Record($0.record) }))
  }

  static func traffic(_ session: EntrySession) -> any Screen {
    let day: (TrafficDuty) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("form.col.location", width: 30, flexible: true) { $0.record.location },
        .count("col.people", width: 6) { $0.record.participants },
      ], search: { "\($0.commune) \($0.record.location) \($0.record.day.dayMonthYear)" },
      rows: { context in
        rows(context.data.trafficDuties, day: day, commune: { $0.communeID })(context)
      },
      editor: ListEditor(
        new: { ActivityForm.traffic($0, session: session) },
        edit: { ActivityForm.traffic($1, session: session, editing: $0.record) },
        delete: deleting(.trafficDuty, id: { $0.id }, day: day, what: { $0.location }),
        kind: .trafficDuty, subject: { Record($0.record) }))
  }

  static func incidents(_ session: EntrySession) -> any Screen {
    let day: (Incident) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        .text("form.col.summary", width: 40, flexible: true) { $0.record.summary },
      ], search: { "\($0.commune) \($0.record.summary) \($0.record.day.dayMonthYear)" },
      rows: { context in rows(context.data.incidents, day: day, commune: { $0.communeID })(context)
      },
      editor: ListEditor(
        new: { ActivityForm.incident($0, session: session) },
        edit: { ActivityForm.incident($1, session: session, editing: $0.record) },
        delete: deleting(.incident, id: { $0.id }, day: day, what: { $0.summary }),
        kind: .incident, subject: { Record($0.record) }))
  }

  static func wanted(_ session: EntrySession) -> any Screen {
    let day: (WantedPersonCase) -> Day = { $0.day }
    return list(
      [
        dateColumn(day), .text("col.commune", width: 16, flexible: true) { $0.commune },
        ListColumn(
          "form.col.outcome", width: 10,
          text: { row, context in context.catalog["form.outcome.\(row.record.outcome.rawValue)"] },
          sortKey: .text { $0.record.outcome.rawValue }),
        .text("form.col.case", width: 24, flexible: true) { $0.record.caseReference },
      ], search: { "\($0.commune) \($0.record.caseReference) \($0.record.day.dayMonthYear)" },
      rows: { context in
        rows(context.data.wantedCases, day: day, commune: { $0.communeID })(context)
      },
      editor: ListEditor(
        new: { ActivityForm.wanted($0, session: session) },
        edit: { ActivityForm.wanted($1, session: session, editing: $0.record) },
        delete: deleting(.wantedCase, id: { $0.id }, day: day, what: { $0.caseReference }),
        kind: .wantedCase, subject: { Record($0.record) }))
  }
}
