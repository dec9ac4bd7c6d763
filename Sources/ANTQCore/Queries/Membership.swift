/// A person is in one active team at a time. Members carry no identity number, so the
/// same person is the same full name (accents and case ignored), birth year and gender.
public enum Membership {
  /// The other active membership of the same person in another team that is still
  /// active, as an issue naming that team; nil when there is none or `member` has left.
  public static func otherActiveTeam(of member: Member, in data: ProvinceData)
    -> ValidationIssue?
  {
    guard member.left == nil else { return nil }
    let name = member.fullName.folded
    guard
      let other = data.members.first(where: {
        $0.id != member.id && $0.teamID != member.teamID && $0.left == nil
          && $0.birthYear == member.birthYear && $0.gender == member.gender
          && $0.fullName.folded == name
      }),
      let team = data.teams.first(where: { $0.id == other.teamID }), team.dissolved == nil
    else { return nil }
    return ValidationIssue(
      field: "teamID", key: "validation.member.otherTeam", arguments: [member.fullName, team.name])
  }

  /// Every reason the member cannot be saved: the validator's rules (18–70 at joining,
  /// one active leader per team…) and one active team per person.
  public static func check(_ member: Member, in data: ProvinceData, today: Day)
    -> [ValidationIssue]
  {
    Validator(data: data, today: today).check(member)
      + [otherActiveTeam(of: member, in: data)].compactMap { $0 }
  }
}
