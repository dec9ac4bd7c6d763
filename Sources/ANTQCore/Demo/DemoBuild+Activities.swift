extension DemoBuild {
  /// The yearly activity logs, exactly the target number of records each year.
  mutating func activities() {
    let n = desc.names
    for (k, target) in desc.years.enumerated() {
      let short = "\(target.year % 100)-"
      for i in 0..<target.patrols { patrol(ident("P" + short, i + 1), k) }
      for i in 0..<target.tips { tip(ident("TB" + short, i + 1), k) }
      for i in 0..<target.incidentsResolved {
        let c = weightedCommune()
        let areas = areasOf[c]
        data.incidents.append(
          Incident(
            id: ident("V" + short, i + 1), communeID: data.communes[c].id,
            residentialAreaID: data.residentialAreas[areas[rng.below(areas.count)]].id,
            day: dayIn(k), summary: rng.pick(n.incidentSummaries)))
      }
      for i in 0..<target.outreachSessions {
        data.outreach.append(
          OutreachSession(
            id: ident("TT" + short, i + 1), communeID: data.communes[weightedCommune()].id,
            day: dayIn(k), topic: rng.pick(n.outreachTopics), attendees: rng.int(in: 25...260)))
      }
      for i in 0..<target.trafficDuties {
        data.trafficDuties.append(
          TrafficDuty(
            id: ident("GT" + short, i + 1), communeID: data.communes[weightedCommune()].id,
            day: dayIn(k), location: rng.pick(n.trafficLocations),
            participants: rng.int(in: 2...8)))
      }
      for i in 0..<target.wantedCaught {
        data.wantedCases.append(
          WantedPersonCase(
            id: ident("TN" + short, i + 1, width: 3),
            communeID: data.communes[weightedCommune()].id,
            day: dayIn(k), outcome: rng.chance(perMille: 600) ? .arrested : .surrendered,
            caseReference: ident("QĐTN-\(target.year)-", i + 1, width: 3)))
      }
    }
  }

  /// A patrol by one of the commune's teams, or by police and militia alone if that team
  /// was not yet founded on the day.
  private mutating func patrol(_ id: String, _ k: Int) {
    let c = weightedCommune()
    // Not on the last day: a night patrol may end after midnight, past `asOf`.
    let day = rng.day(from: window(k).first, through: window(k).last.adding(days: -1))
    let team = data.teams[teamsOf[c][rng.below(teamsOf[c].count)]]
    let byTeam = team.founded <= day
    let areas = areasOf[c]
    let start = Moment(day: day, minuteOfDay: rng.int(in: 18 * 60...22 * 60))
    data.patrols.append(
      Patrol(
        id: id, communeID: data.communes[c].id, teamID: byTeam ? team.id : nil, start: start,
        end: start.adding(minutes: rng.int(in: 90...300)),
        residentialAreaIDs: byTeam
          ? team.residentialAreaIDs : [data.residentialAreas[areas[rng.below(areas.count)]].id],
        route: rng.pick(desc.names.routes),
        participants: Patrol.Participants(
          police: rng.int(in: 1...2), militia: rng.int(in: 0...2),
          teamMembers: byTeam ? rng.int(in: 2...4) : 0),
        findings: rng.pick(desc.names.patrolFindings),
        tipsCollected: rng.chance(perMille: 150) ? 1 : 0))
  }

  private static let channels = Tip.Channel.allCases
  private static let kinds = Tip.Kind.allCases

  private mutating func tip(_ id: String, _ k: Int) {
    let channels = Self.channels
    let kinds = Self.kinds
    let c = weightedCommune()
    let commune = data.communes[c]
    let areas = areasOf[c]
    let area = data.residentialAreas[areas[rng.below(areas.count)]]
    let received = Moment(day: dayIn(k), minuteOfDay: rng.int(in: 7 * 60...21 * 60))
    let informant: Tip.Informant? =
      rng.chance(perMille: 550)
      ? Tip.Informant(
        name: personName(female: rng.chance(perMille: 400)),
        phone: "09" + String(rng.int(in: 10_000_000...99_999_999)),
        address: joined(area.name, ", ", communeLabels[c]))
      : nil
    data.tips.append(
      Tip(
        id: id, communeID: commune.id, residentialAreaID: area.id, receivedAt: received,
        channel: rng.pick(channels), kind: rng.pick(kinds),
        topic: rng.pick(desc.names.tipTopics),
        urgency: rng.chance(perMille: 100) ? .urgent : .normal,
        incidentAt: received.adding(minutes: -rng.int(in: 30...2880)),
        summary: rng.pick(desc.names.tipSummaries), informant: informant,
        steps: tipSteps(received)))
  }

  /// The handling so far: received → classified → verifying → an outcome → closed, each
  /// step a little later, none after `asOf`; a few stall while being verified.
  private mutating func tipSteps(_ received: Moment) -> [Tip.Step] {
    let outcomes: [Tip.Stage] = [
      .forwarded, .handledAdministratively, .handledAdministratively, .outOfScope, .suspended,
    ]
    var stages: [Tip.Stage] = [.received, .classified, .verifying]
    if !rng.chance(perMille: 15) { stages += [rng.pick(outcomes), .closed] }
    let end = Moment(day: desc.asOf, minuteOfDay: 23 * 60 + 59)
    var at = received
    var steps: [Tip.Step] = []
    for (i, stage) in stages.enumerated() {
      if i == 1 { at = at.adding(minutes: rng.int(in: 20...600)) }
      if i > 1 { at = at.adding(minutes: rng.int(in: 1440...(i == 3 ? 18 : 5) * 1440)) }
      if end < at { break }
      steps.append(Tip.Step(stage: stage, at: at))
    }
    return steps
  }
}
