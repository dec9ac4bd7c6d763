/// Summary figures of repeated measurements, in milliseconds.
struct Statistics {
  let median: Double
  let p95: Double
  let maximum: Double
  let count: Int

  init(seconds samples: [Double]) {
    let sorted = samples.sorted()
    count = sorted.count
    median = sorted.isEmpty ? 0 : sorted[sorted.count / 2] * 1000
    p95 =
      sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))] * 1000
    maximum = (sorted.last ?? 0) * 1000
  }

  func line(_ label: String) -> String {
    let fields = [median, p95, maximum].map { value in
      let rounded = (value * 100).rounded() / 100
      return String(rounded)
    }
    return "\(label): median \(fields[0]) ms, p95 \(fields[1]) ms, max \(fields[2]) ms (n=\(count))"
  }
}

struct BenchError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
