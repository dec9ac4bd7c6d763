/// Builds the demo province from its description: one record per patrol, tip, member,
/// site, assessment…, seeded, so the same description always gives the same data.
public enum DemoGenerator {
  public static func generate(_ description: DemoDescription) -> ProvinceData {
    var build = DemoBuild(description)
    build.places()
    build.safety()
    build.newRural()
    build.models()
    build.teams()
    build.members()
    build.activities()
    build.lawDetails()
    return build.data
  }
}

/// Working state of one generation: the data so far plus look-ups later steps need.
struct DemoBuild {
  let desc: DemoDescription
  var rng: SplitMix64
  var data: ProvinceData
  var years: [Int] { desc.years.map(\.year) }
  /// Residential area indices of each commune.
  var areasOf: [[Int]] = []
  /// Running sums of residential-area counts, to place records where people live.
  var communeWeights: [Int] = []
  /// Team indices of each commune.
  var teamsOf: [[Int]] = []
  var teamStart: [Int] = []
  var namePool: [[String]] = [[], []]
  /// "xã Chí Đám", per commune.
  var communeLabels: [String] = []

  init(_ description: DemoDescription) {
    desc = description
    rng = SplitMix64(seed: description.seed)
    data = ProvinceData(province: Province(name: description.province, illustrative: true))
  }

  func communeIndex(named name: String) -> Int {
    guard let index = data.communes.firstIndex(where: { $0.name == name }) else {
      preconditionFailure("demo description names an unknown commune: \(name)")
    }
    return index
  }

  mutating func weightedCommune() -> Int { Split.weighted(communeWeights, &rng) }

  /// The days of target year `k` a record may carry (never after `asOf`).
  func window(_ k: Int) -> (first: Day, last: Day) {
    let year = years[k]
    let first = Day(year: year, month: 1, day: 1)!
    let last = min(Day(year: year, month: 12, day: 31)!, desc.asOf)
    return (first, last)
  }

  mutating func dayIn(_ k: Int) -> Day {
    let w = window(k)
    return rng.day(from: w.first, through: w.last)
  }

  /// A person's full name; `female` picks the pool.
  mutating func personName(female: Bool) -> String {
    let pool = namePool[female ? 1 : 0]
    return pool[rng.below(pool.count)]
  }

  mutating func buildNamePools() {
    let n = desc.names
    for female in [false, true] {
      var pool: [String] = []
      let middles = female ? n.femaleMiddle : n.maleMiddle
      let givens = female ? n.femaleGiven : n.maleGiven
      for family in n.familyNames {
        for middle in middles {
          for given in givens { pool.append(family + " " + middle + " " + given) }
        }
      }
      namePool[female ? 1 : 0] = pool
    }
  }
}

/// `a + separator + b` with one allocation (the demo builds tens of thousands of names).
func joined(_ a: String, _ separator: String, _ b: String) -> String {
  var out = String()
  out.reserveCapacity(a.utf8.count + separator.utf8.count + b.utf8.count)
  out += a
  out += separator
  out += b
  return out
}

extension Commune.Kind {
  /// "xã", "phường", "đặc khu", as written before a commune's name.
  var word: String {
    switch self {
    case .xa: return "xã"
    case .phuong: return "phường"
    case .dacKhu: return "đặc khu"
    }
  }
}

extension ResidentialArea.Kind {
  var word: String {
    switch self {
    case .thon: return "Thôn"
    case .toDanPho: return "Tổ dân phố"
    case .ban: return "Bản"
    case .ap: return "Ấp"
    case .khu: return "Khu"
    }
  }
}
