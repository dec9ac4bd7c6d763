extension Validator {
  /// A patrol ends after it starts, in its commune, with its team and areas from there.
  public func check(_ patrol: Patrol) -> [ValidationIssue] {
    var issues = FieldRules.text(patrol.route, field: "route")
    issues += FieldRules.text(patrol.findings, field: "findings", required: false)
    issues += FieldRules.text(patrol.notes, field: "notes", required: false)
    issues += [
      communeExists(patrol.communeID),
      FieldRules.day(patrol.start.day, field: "start", today: today),
      FieldRules.day(patrol.end.day, field: "end", today: today),
      FieldRules.count(patrol.participants.police, field: "police"),
      FieldRules.count(patrol.participants.militia, field: "militia"),
      FieldRules.count(patrol.participants.teamMembers, field: "teamMembers"),
      FieldRules.count(patrol.tipsCollected, field: "tipsCollected"),
      notLater(patrol.start, field: "start"),
    ].compactMap { $0 }
    if patrol.participants.total < 1 {
      issues.append(ValidationIssue(field: "teamMembers", key: "validation.patrol.noParticipants"))
    }
    if patrol.end <= patrol.start {
      issues.append(
        ValidationIssue(
          field: "end", key: "validation.patrol.endNotAfterStart",
          arguments: [patrol.end.description, patrol.start.description]))
    }
    if let teamID = patrol.teamID, let issue = team(teamID, inCommune: patrol.communeID) {
      issues.append(issue)
    }
    for id in patrol.residentialAreaIDs {
      if let issue = area(id, inCommune: patrol.communeID, field: "residentialAreaIDs") {
        issues.append(issue)
      }
    }
    return issues
  }

  /// A tip's steps start at "received", move only along the flow, in time order.
  public func check(_ tip: Tip) -> [ValidationIssue] {
    var issues =
      FieldRules.text(tip.topic, field: "topic") + FieldRules.text(tip.summary, field: "summary")
    if let informant = tip.informant {
      issues += FieldRules.text(informant.name, field: "informant.name", required: false)
      issues += FieldRules.text(informant.address, field: "informant.address", required: false)
    }
    issues += FieldRules.text(tip.intakeNumber ?? "", field: "intakeNumber", required: false)
    issues += [
      communeExists(tip.communeID),
      FieldRules.day(tip.receivedAt.day, field: "receivedAt", today: today),
      notLater(tip.receivedAt, field: "receivedAt"),
      tip.incidentAt.flatMap { FieldRules.day($0.day, field: "incidentAt", today: today) },
      tip.teamID.flatMap { team($0, inCommune: tip.communeID) },
      tip.informantNotified.flatMap {
        FieldRules.day($0, field: "informantNotified", today: today)
      },
    ].compactMap { $0 }
    if let notified = tip.informantNotified, notified < tip.receivedAt.day {
      issues.append(
        ValidationIssue(
          field: "informantNotified", key: "validation.tip.notifiedEarly",
          arguments: [notified.dayMonthYear, tip.receivedAt.day.dayMonthYear]))
    }
    if let areaID = tip.residentialAreaID,
      let issue = area(areaID, inCommune: tip.communeID, field: "residentialAreaID")
    {
      issues.append(issue)
    }
    var previous: Tip.Step?
    for step in tip.steps {
      if let previous {
        if !Tip.isLegacyMove(from: previous.stage, to: step.stage),
          let issue = Tip.checkMove(from: previous.stage, to: step.stage)
        {
          issues.append(issue)
        }
        if step.at < previous.at {
          issues.append(
            ValidationIssue(
              field: "steps", key: "validation.tip.stepOrder",
              arguments: [step.at.description, previous.at.description]))
        }
      } else if step.stage != .received {
        issues.append(
          Tip.checkMove(from: .received, to: step.stage)
            ?? ValidationIssue(field: "steps", key: "validation.tip.stage"))
      }
      if let issue = FieldRules.day(step.at.day, field: "steps", today: today) {
        issues.append(issue)
      }
      if step.stage.isAgencyDecision, (step.number ?? "").trimmed.isEmpty {
        issues.append(
          ValidationIssue(
            field: "number", key: "validation.tip.decisionNumber", arguments: [step.stage.labelKey])
        )
      }
      if step.stage.isExtension, (step.grantedBy ?? "").trimmed.isEmpty {
        issues.append(ValidationIssue(field: "grantedBy", key: "validation.tip.grantedBy"))
      }
      previous = step
    }
    return issues
  }

  /// Saved when the commune police could mark a tip suspended themselves.
  public func warnings(_ tip: Tip) -> [ValidationIssue] {
    zip(tip.steps, tip.steps.dropFirst()).contains {
      Tip.isLegacyMove(from: $0.stage, to: $1.stage)
    }
      ? [.warning("steps", "validation.tip.legacySuspension")] : []
  }

  public func check(_ incident: Incident) -> [ValidationIssue] {
    var issues = FieldRules.text(incident.summary, field: "summary")
    issues += [
      incident.teamID.flatMap { team($0, inCommune: incident.communeID) },
      communeExists(incident.communeID), FieldRules.day(incident.day, field: "day", today: today),
      incident.residentialAreaID.flatMap {
        area($0, inCommune: incident.communeID, field: "residentialAreaID")
      },
    ].compactMap { $0 }
    return issues
  }

  public func check(_ session: OutreachSession) -> [ValidationIssue] {
    FieldRules.text(session.topic, field: "topic")
      + [
        communeExists(session.communeID), FieldRules.day(session.day, field: "day", today: today),
        session.teamID.flatMap { team($0, inCommune: session.communeID) },
        FieldRules.count(session.attendees, field: "attendees"),
      ].compactMap { $0 }
  }

  public func check(_ duty: TrafficDuty) -> [ValidationIssue] {
    FieldRules.text(duty.location, field: "location")
      + [
        communeExists(duty.communeID), FieldRules.day(duty.day, field: "day", today: today),
        duty.teamID.flatMap { team($0, inCommune: duty.communeID) },
        FieldRules.count(duty.participants, field: "participants"),
      ].compactMap { $0 }
  }

  public func check(_ wanted: WantedPersonCase) -> [ValidationIssue] {
    FieldRules.text(wanted.caseReference, field: "caseReference")
      + [communeExists(wanted.communeID), FieldRules.day(wanted.day, field: "day", today: today)]
      .compactMap { $0 }
  }
}
