import ANTQCore
import Testing

/// Who may make which change: the refusals a clerk, a supervisor and an admin meet.
@Suite struct AccessPolicyTests {
  private static func province() -> ProvinceData {
    var data = LawFixture.data()
    data.communes.append(Commune(id: "X2", name: "Đông Sơn", kind: .phuong))
    data.teams.append(
      Team(
        id: "T2", communeID: "X2", name: "Tổ Bắc", residentialAreaIDs: [],
        founded: LawFixture.day(2024, 7, 1)))
    data.users = [
      User(id: "admin", fullName: "Quản trị", role: .admin),
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor),
      User(id: "canbo", fullName: "Trần Thị Hoa", role: .clerk, communeIDs: ["X1"]),
      User(
        id: "cu", fullName: "Lê Văn Cũ", role: .clerk, communeIDs: ["X1"],
        disabledAt: LawFixture.at(2025, 6, 1, 8)),
    ]
    return data
  }

  private static func patrol(_ commune: String, id: String = "P1") -> Record {
    Record(
      Patrol(
        id: id, communeID: commune, teamID: nil, start: LawFixture.at(2025, 5, 1, 20),
        end: LawFixture.at(2025, 5, 1, 22), residentialAreaIDs: [], route: "Chợ",
        participants: .init(police: 1, militia: 0, teamMembers: 2)))
  }

  private func refusal(_ change: Change, by account: String, current: Record? = nil)
    -> AccessRefusal?
  {
    let data = Self.province()
    return AccessPolicy(data).refusal(
      of: change, by: account, at: LawFixture.at(2025, 7, 1, 8), current: current, in: data)
  }

  @Test func aClerkWorksOnlyForTheirOwnCommune() {
    #expect(refusal(.upsert(Self.patrol("X1")), by: "canbo") == nil)
    #expect(
      refusal(.upsert(Self.patrol("X2")), by: "canbo")
        == AccessRefusal("access.otherCommune", ["Đông Sơn"]))
    // Nor can they move a record of another commune into their own, or delete it.
    #expect(
      refusal(.upsert(Self.patrol("X1")), by: "canbo", current: Self.patrol("X2")) != nil)
    #expect(refusal(.delete(.patrol, id: "P1"), by: "canbo", current: Self.patrol("X2")) != nil)
    // A member belongs to their team's commune.
    let member = Record(
      LawFixture.member(born: LawFixture.day(1990, 1, 1), joined: LawFixture.day(2025, 1, 1)))
    #expect(refusal(.upsert(member), by: "canbo") == nil)
    var other = LawFixture.member(
      born: LawFixture.day(1990, 1, 1), joined: LawFixture.day(2025, 1, 1))
    other.teamID = "T2"
    #expect(refusal(.upsert(Record(other)), by: "canbo")?.key == "access.otherCommune")
  }

  @Test func eachRoleDoesItsOwnWork() {
    let assessment = Record(
      SafetyAssessment(
        id: "A1", year: 2025, subject: Subject(.commune, "X1"), result: .met,
        decisionNumber: "1/QĐ", decisionDate: LawFixture.day(2025, 11, 20)))
    #expect(refusal(.upsert(assessment), by: "canbo")?.key == "access.role.supervision")
    #expect(refusal(.upsert(assessment), by: "lanhdao") == nil)
    #expect(refusal(.upsert(assessment), by: "admin") == nil)
    let commune = Record(Commune(id: "X3", name: "Yên Lạc", kind: .xa))
    #expect(refusal(.upsert(commune), by: "lanhdao")?.key == "access.role.administration")
    #expect(refusal(.upsert(commune), by: "admin") == nil)
    #expect(refusal(.upsert(Self.patrol("X2")), by: "lanhdao") == nil)
    #expect(refusal(.upsert(Self.patrol("X1")), by: "admin") == nil)
  }

  @Test func unknownAndDisabledAccountsChangeNothing() {
    #expect(
      refusal(.upsert(Self.patrol("X1")), by: "khach")
        == AccessRefusal("access.unknownUser", ["khach"]))
    #expect(refusal(.upsert(Self.patrol("X1")), by: "cu")?.key == "access.disabled")
    // Before they were disabled, their work stands.
    let data = Self.province()
    #expect(
      AccessPolicy(data).refusal(
        of: .upsert(Self.patrol("X1")), by: "cu", at: LawFixture.at(2025, 5, 2, 8), current: nil,
        in: data) == nil)
  }

  @Test func aClerkRecordsATipButASupervisorDecidesIt() {
    let received = Tip(
      id: "TB1", communeID: "X1", residentialAreaID: nil, receivedAt: LawFixture.at(2025, 6, 1, 8),
      channel: .phone, kind: .crimeReport, topic: "Trộm cắp", urgency: .normal,
      summary: "Mất xe máy", informant: nil)
    var forwarded = received
    forwarded.steps = [Tip.Step(stage: .forwarded, at: LawFixture.at(2025, 6, 1, 20))]
    #expect(refusal(.upsert(Record(forwarded)), by: "canbo", current: Record(received)) == nil)
    var closed = received
    closed.steps = [Tip.Step(stage: .outOfScope, at: LawFixture.at(2025, 6, 2, 8))]
    #expect(
      refusal(.upsert(Record(closed)), by: "canbo", current: Record(received))
        == AccessRefusal("access.tipDecision", ["stage.outOfScope"]))
    #expect(refusal(.upsert(Record(closed)), by: "lanhdao", current: Record(received)) == nil)
  }

  @Test func onlyReadersRevealAndOnlyInTheirOwnName() {
    let reveal = IdentityReveal(
      id: "R1", tipID: "TB1", account: "lanhdao", at: LawFixture.at(2025, 6, 2, 8),
      reason: "Xác minh")
    #expect(refusal(.upsert(Record(reveal)), by: "lanhdao") == nil)
    #expect(refusal(.upsert(Record(reveal)), by: "canbo")?.key == "access.notReader")
    var named = reveal
    named.account = "canbo"
    #expect(refusal(.upsert(Record(named)), by: "lanhdao")?.key == "access.revealOwn")
    #expect(
      refusal(.delete(.reveal, id: "R1"), by: "lanhdao", current: Record(reveal))?.key
        == "access.revealOwn")
  }

  @Test func usersChangeOnlyTheirOwnPasswordAndKeys() {
    let me = Self.province().users.first { $0.id == "canbo" }!
    var keyed = me
    keyed.publicKey = "AAAA"
    #expect(refusal(.upsert(Record(keyed)), by: "canbo", current: Record(me)) == nil)
    var promoted = me
    promoted.role = .supervisor
    #expect(
      refusal(.upsert(Record(promoted)), by: "canbo", current: Record(me))?.key
        == "access.ownAccount")
    #expect(refusal(.upsert(Record(promoted)), by: "admin", current: Record(me)) == nil)
  }

  @Test func theFirstUserOfAProvinceIsAnAdmin() {
    var data = Self.province()
    data.users = []
    let policy = AccessPolicy(data)
    #expect(policy.isOpen)
    #expect(policy.refusal(of: .upsert(Self.patrol("X2")), by: "ai", current: nil, in: data) == nil)
    let clerk = Record(User(id: "ai", fullName: "Ai đó", role: .clerk, communeIDs: ["X1"]))
    #expect(
      policy.refusal(of: .upsert(clerk), by: "ai", current: nil, in: data)?.key
        == "access.firstUserAdmin")
    let admin = Record(User(id: "ai", fullName: "Ai đó", role: .admin))
    #expect(policy.refusal(of: .upsert(admin), by: "ai", current: nil, in: data) == nil)
  }
}
