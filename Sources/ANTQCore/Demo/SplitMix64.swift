/// SplitMix64: a small, fast, seeded generator. Its own helpers (not the standard
/// library's) so the demo stays identical across Swift versions.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// 0..<bound, by multiply-high (no modulo bias worth noticing at these sizes).
  public mutating func below(_ bound: Int) -> Int {
    precondition(bound > 0)
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  public mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  public mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

  /// True `perMille` times in a thousand.
  public mutating func chance(perMille: Int) -> Bool { below(1000) < perMille }

  /// `count` distinct indices of 0..<total, in random order (partial Fisher–Yates).
  public mutating func sample(_ count: Int, of total: Int) -> [Int] {
    precondition(count <= total, "cannot pick \(count) of \(total)")
    var pool = Array(0..<total)
    for i in 0..<count {
      pool.swapAt(i, i + below(total - i))
    }
    return Array(pool[0..<count])
  }

  /// A random day in the closed range.
  public mutating func day(from first: Day, through last: Day) -> Day {
    Day(ordinal: int(in: first.ordinal...last.ordinal))
  }
}

enum Split {
  /// Splits `total` over weights: each gets `minimum`, the rest proportionally, largest
  /// remainders first (ties to the lower index), so the parts always add up to `total`.
  static func distribute(_ total: Int, weights: [Int], minimum: Int = 0) -> [Int] {
    let rest = total - minimum * weights.count
    precondition(rest >= 0, "cannot give \(minimum) each to \(weights.count) parts of \(total)")
    let sum = weights.reduce(0, +)
    var parts = weights.map { minimum + rest * $0 / sum }
    let order = weights.indices.sorted {
      let a = rest * weights[$0] % sum
      let b = rest * weights[$1] % sum
      return a != b ? a > b : $0 < $1
    }
    var left = total - parts.reduce(0, +)
    var i = 0
    while left > 0 {
      parts[order[i % order.count]] += 1
      left -= 1
      i += 1
    }
    return parts
  }

  /// Picks an index with probability proportional to its weight, from running sums.
  static func weighted(_ cumulative: [Int], _ rng: inout SplitMix64) -> Int {
    let target = rng.below(cumulative.last!)
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let mid = (low + high) / 2
      if cumulative[mid] > target { high = mid } else { low = mid + 1 }
    }
    return low
  }

  static func runningSums(_ weights: [Int]) -> [Int] {
    var sum = 0
    return weights.map {
      sum += $0
      return sum
    }
  }
}

/// Record ids: a prefix and a zero-padded number ("P24-00042").
func ident(_ prefix: String, _ number: Int, width: Int = 5) -> String {
  let digits = String(number)
  let pad = digits.count < width ? String(repeating: "0", count: width - digits.count) : ""
  return prefix + pad + digits
}
