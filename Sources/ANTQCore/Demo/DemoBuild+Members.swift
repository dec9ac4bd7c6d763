/// One membership being planned: which team, what role, the target year it starts counting,
/// and for those who left, the year they stopped.
private struct Seat {
  var team: Int
  var role: Member.Role
  var joins: Int
  var leaves: Int?
  var uniformed = true
  var paid = true

  func counts(in k: Int) -> Bool { joins <= k && (leaves.map { k < $0 } ?? true) }
}

extension DemoBuild {
  /// Every team has a leader, a deputy and a member, some one more; earlier years are
  /// matched by members who joined later or left, and only people counted in a single
  /// year go without uniform or allowance.
  mutating func members() {
    let targets = desc.years
    let last = targets.count - 1
    let teamCount = data.teams.count
    var seats: [Seat] = []
    var extra = [Int](repeating: 0, count: teamCount)
    let extras = targets[last].members - 3 * teamCount
    precondition(extras >= 0, "fewer members than three per team")
    for _ in 0..<extras { extra[rng.below(teamCount)] += 1 }
    for t in 0..<teamCount {
      seats.append(Seat(team: t, role: .leader, joins: teamStart[t]))
      seats.append(Seat(team: t, role: .deputy, joins: teamStart[t]))
      for _ in 0...extra[t] { seats.append(Seat(team: t, role: .member, joins: teamStart[t])) }
    }
    for k in 0..<last {
      let gap = targets[k].members - seats.count(where: { $0.counts(in: k) })
      if gap < 0 {
        let joinLater = seats.indices.filter { seats[$0].joins == k && seats[$0].role == .member }
        for pick in rng.sample(-gap, of: joinLater.count) { seats[joinLater[pick]].joins = k + 1 }
      } else if gap > 0 {
        let open = (0..<teamCount).filter { teamStart[$0] <= k }
        for _ in 0..<gap {
          seats.append(
            Seat(team: open[rng.below(open.count)], role: .member, joins: k, leaves: k + 1))
        }
      }
    }
    for (k, target) in targets.enumerated() {
      let single = seats.indices.filter { i in
        seats[i].counts(in: k)
          && (0..<targets.count).allSatisfy { j in j == k || !seats[i].counts(in: j) }
      }
      let bare = target.members - target.membersUniformed
      let unpaid = target.members - target.membersPaidAllowance
      precondition(bare <= single.count && unpaid <= single.count, "year \(k): uniform targets")
      for i in single.prefix(bare) { seats[i].uniformed = false }
      for i in single.prefix(unpaid) { seats[i].paid = false }
    }
    for (i, seat) in seats.enumerated() { appendMember(i, seat) }
  }

  private mutating func appendMember(_ index: Int, _ seat: Seat) {
    let team = data.teams[seat.team]
    let joined: Day
    if seat.joins == teamStart[seat.team] {
      joined = min(team.founded.adding(days: rng.below(15)), window(seat.joins).last)
    } else {
      joined = rng.day(from: window(seat.joins).first, through: window(seat.joins).last)
    }
    let left = seat.leaves.map { rng.day(from: window($0).first, through: window($0).last) }
    let female = seat.role == .leader ? rng.chance(perMille: 120) : rng.chance(perMille: 300)
    let age = seat.role == .member ? rng.int(in: 19...62) : rng.int(in: 30...66)
    data.members.append(
      Member(
        id: ident("TV", index + 1), teamID: team.id, fullName: personName(female: female),
        birthYear: joined.year - age, gender: female ? .female : .male, role: seat.role,
        joined: joined, left: left, uniformIssued: seat.uniformed, paidAllowance: seat.paid))
  }
}
