import ANTQStore
import Foundation

/// `antq-bench check DIR`: how long `antq check`'s look at a folder takes in this process, to
/// profile it on a folder kept with `ANTQ_BENCH_KEEP=1`.
enum CheckBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw BenchError("usage: antq-bench check DIR") }
    var samples: [Double] = []
    for _ in 0..<5 {
      let (problems, seconds) = measure { FolderCheck.run(URL(fileURLWithPath: path)) }
      samples.append(seconds)
      print("checked: \(problems.count) problems")
    }
    print(Statistics(seconds: samples).line("antq check's look at \(path)"))
  }
}
