import ANTQStore
import Foundation

/// `antq-bench open DIR`: how long opening a folder takes in this process (read-only, the
/// latest year, as the console opens it), to profile the store without a terminal.
enum OpenBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else { throw BenchError("usage: antq-bench open DIR") }
    var samples: [Double] = []
    for _ in 0..<5 {
      let (store, seconds) = try measure {
        try ProvinceStore.open(folder: URL(fileURLWithPath: path), mode: .readOnly)
      }
      samples.append(seconds)
      print("opened: \(store.pendingChanges) changes not folded")
    }
    print(Statistics(seconds: samples).line("store opened read-only, \(path)"))
  }
}
