extension Validator {
  public func check(_ commune: Commune) -> [ValidationIssue] {
    FieldRules.text(commune.name, field: "name")
  }

  public func check(_ area: ResidentialArea) -> [ValidationIssue] {
    FieldRules.text(area.name, field: "name") + [communeExists(area.communeID)].compactMap { $0 }
  }

  public func check(_ institution: Institution) -> [ValidationIssue] {
    FieldRules.text(institution.name, field: "name")
      + [communeExists(institution.communeID)].compactMap { $0 }
  }

  /// A team belongs to exactly one existing commune and covers at least one of its areas.
  public func check(_ team: Team) -> [ValidationIssue] {
    var issues = FieldRules.text(team.name, field: "name")
    issues += FieldRules.text(team.decisionNumber ?? "", field: "decisionNumber", required: false)
    issues += [
      communeExists(team.communeID),
      FieldRules.day(team.founded, field: "founded", today: today),
      team.dissolved.flatMap { FieldRules.day($0, field: "dissolved", today: today) },
      after(team.dissolved, team.founded, field: "dissolved"),
    ].compactMap { $0 }
    if team.residentialAreaIDs.isEmpty {
      issues.append(ValidationIssue(field: "residentialAreaIDs", key: "validation.team.noAreas"))
    }
    if communes[team.communeID] != nil {
      for id in team.residentialAreaIDs {
        if let issue = area(id, inCommune: team.communeID, field: "residentialAreaIDs") {
          issues.append(issue)
        }
      }
    }
    return issues
  }

  /// A member's team exists, they were 18–70 when joining (over 70 with the chairman's
  /// decision), and a team has at most one leader who has not left.
  public func check(_ member: Member) -> [ValidationIssue] {
    var issues = FieldRules.text(member.fullName, field: "fullName")
    for (field, text) in [
      ("admissionDecision", member.admissionDecision), ("over70Decision", member.over70Decision),
    ] {
      issues += FieldRules.text(text ?? "", field: field, required: false)
    }
    issues += [
      FieldRules.day(member.joined, field: "joined", today: today),
      member.left.flatMap { FieldRules.day($0, field: "left", today: today) },
      after(member.left, member.joined, field: "left"),
      member.birthDate.flatMap { FieldRules.birthDate($0, field: "birthDate", today: today) },
      member.uniformIssuedOn.flatMap { FieldRules.day($0, field: "uniformIssuedOn", today: today) },
      member.monthlyAllowance.flatMap { FieldRules.count($0, field: "monthlyAllowance") },
      FieldRules.joiningAge(
        birthYear: member.birthYear, birthDate: member.birthDate, joined: member.joined,
        over70Decision: member.over70Decision,
        field: member.birthDate == nil ? "birthYear" : "birthDate"),
    ].compactMap { $0 }
    if let date = member.birthDate, date.year != member.birthYear {
      issues.append(
        ValidationIssue(
          field: "birthDate", key: "validation.member.birthDateYear",
          arguments: [String(member.birthYear), date.dayMonthYear]))
    }
    if teams[member.teamID] == nil {
      issues.append(
        ValidationIssue(field: "teamID", key: "validation.team.unknown", arguments: [member.teamID])
      )
    }
    if member.role == .leader && member.left == nil,
      let other = activeLeaders[member.teamID]?.first(where: { $0.id != member.id })
    {
      issues.append(
        ValidationIssue(
          field: "role", key: "validation.member.leaderTaken", arguments: [other.fullName]))
    }
    return issues
  }
}

extension Validator {
  /// Saved before Law 30/2023's rules were kept: a birth year alone.
  public func warnings(_ member: Member) -> [ValidationIssue] {
    member.birthDate == nil
      ? [.warning("birthDate", "validation.member.birthYearOnly", [String(member.birthYear)])]
      : []
  }

  /// A team still active without an active leader (art. 16), or without the chairman's
  /// founding decision recorded (art. 14).
  public func warnings(_ team: Team) -> [ValidationIssue] {
    guard team.dissolved == nil else { return [] }
    var found: [ValidationIssue] = []
    if activeLeaders[team.id]?.isEmpty ?? true {
      found.append(.warning("leader", "validation.team.noLeader", [team.name]))
    }
    if (team.decisionNumber ?? "").trimmed.isEmpty {
      found.append(.warning("decisionNumber", "validation.team.noDecision", [team.name]))
    }
    return found
  }

  /// Teams with no active leader, for the teams screen.
  public func hasActiveLeader(_ teamID: String) -> Bool {
    !(activeLeaders[teamID]?.isEmpty ?? true)
  }
}
