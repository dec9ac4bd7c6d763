import ANTQCore
import Testing

@Suite struct SuperviseMembershipTests {
  let data = DemoFixture.data
  let today = Day(year: 2026, month: 11, day: 29)!

  func newMember(
    team: Team, birthYear: Int, role: Member.Role = .member, name: String = "Nguyễn Văn Mới"
  )
    -> Member
  {
    Member(
      id: "TV-new", teamID: team.id, fullName: name, birthYear: birthYear, gender: .male,
      role: role, joined: Day(year: 2026, month: 3, day: 1)!, uniformIssued: true,
      paidAllowance: true)
  }

  var team: Team { data.teams.first { $0.dissolved == nil }! }

  @Test func seventeenAtJoiningIsRefusedWithTheAge() {
    let issues = Membership.check(newMember(team: team, birthYear: 2009), in: data, today: today)
    #expect(issues.map(\.key) == ["validation.member.age"])
    #expect(
      issues[0].message(DemoFixture.catalog(.vi))
        == "Luật 30/2023/QH15, Điều 13(1): tuổi khi tham gia là 17; thành viên phải từ đủ 18 đến"
        + " đủ 70 tuổi (tính theo ngày sinh). Kiểm tra ngày sinh hoặc ngày tham gia.")
    #expect(
      Membership.check(newMember(team: team, birthYear: 2008), in: data, today: today).isEmpty)
    #expect(
      !Membership.check(newMember(team: team, birthYear: 1955), in: data, today: today).isEmpty)
  }

  @Test func aSecondActiveLeaderIsRefused() {
    let leader = data.members.first { $0.teamID == team.id && $0.role == .leader && $0.left == nil }
    let issues = Membership.check(
      newMember(team: team, birthYear: 1980, role: .leader), in: data, today: today)
    #expect(leader != nil)
    #expect(issues.map(\.key) == ["validation.member.leaderTaken"])
  }

  @Test func aPersonIsInOneActiveTeamAtATime() {
    let existing = data.members.first { $0.left == nil }!
    let other = data.teams.first { $0.id != existing.teamID && $0.dissolved == nil }!
    var copy = existing
    copy.id = "TV-copy"
    copy.teamID = other.id
    copy.role = .member
    copy.fullName = existing.fullName.uppercased()
    let issues = Membership.check(copy, in: data, today: today)
    #expect(issues.map(\.key) == ["validation.member.otherTeam"])
    #expect(issues[0].arguments.last == data.teams.first { $0.id == existing.teamID }!.name)
    copy.left = Day(year: 2026, month: 5, day: 1)!
    #expect(Membership.otherActiveTeam(of: copy, in: data) == nil, "a former membership is fine")
  }
}
