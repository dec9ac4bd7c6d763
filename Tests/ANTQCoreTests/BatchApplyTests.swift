import Testing

@testable import ANTQCore

/// Opening a folder applies its unfolded changes in one pass per collection; the province it
/// shows must be the one the changes give applied one at a time: same records, same order.
@Suite struct BatchApplyTests {
  private func patrol(_ id: String, year: Int, route: String) -> Patrol {
    let start = Moment(day: Day(year: year, month: 3, day: 1)!, hour: 20, minute: 0)!
    let end = Moment(day: Day(year: year, month: 3, day: 1)!, hour: 22, minute: 0)!
    return Patrol(
      id: id, communeID: "X1", teamID: "T1", start: start, end: end, residentialAreaIDs: [],
      route: route, participants: .init(police: 1, militia: 1, teamMembers: 2))
  }

  @Test(arguments: 0..<50)
  func aBatchGivesWhatChangesOneByOneGive(round: Int) {
    let seed = UInt64.random(in: 1...UInt64.max)
    print("BatchApplyTests round \(round) seed \(seed)")
    var random = SplitMix64(seed: seed)
    var start = ProvinceData(province: Province(name: "Tỉnh"))
    for index in 0..<30 {
      start.patrols.append(
        patrol("P\(index)", year: 2023 + index / 10, route: "Đầu \(index)"))
    }
    var changes: [Change] = []
    for step in 0..<40 {
      let id = "P\(random.next() % 45)"
      // Years before, among and after those held: some go in the middle of the array.
      let year = 2022 + Int(random.next() % 5)
      changes.append(
        random.next() % 6 == 0
          ? .delete(.patrol, id: id)
          : .upsert(.patrol(patrol(id, year: year, route: "Bước \(step)"))))
    }
    var oneByOne = start
    for change in changes { oneByOne.apply(change) }
    var batch = start
    batch.apply(contentsOf: changes)
    #expect(batch.patrols == oneByOne.patrols, "seed \(seed)")
  }
}
