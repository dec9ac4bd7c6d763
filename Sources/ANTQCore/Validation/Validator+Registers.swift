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

  /// A member's team exists, they were 18–70 when joining, and a team has at most one
  /// leader who has not left.
  public func check(_ member: Member) -> [ValidationIssue] {
    var issues = FieldRules.text(member.fullName, field: "fullName")
    issues += [
      FieldRules.day(member.joined, field: "joined", today: today),
      member.left.flatMap { FieldRules.day($0, field: "left", today: today) },
      after(member.left, member.joined, field: "left"),
      FieldRules.joiningAge(birthYear: member.birthYear, joined: member.joined, field: "birthYear"),
    ].compactMap { $0 }
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
