import ANTQCore
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

/// `antq-bench launch DIR [RUNS]`: launch of the real binary on a folder kept from an earlier
/// run (read-only, to first drawn dashboard), many times: the launch's figures vary from run
/// to run more than the store's.
enum LaunchOnFolderBenchmark {
  static func run(_ arguments: [String]) throws {
    guard let path = arguments.first else {
      throw BenchError("usage: antq-bench launch DIR [RUNS]")
    }
    let runs = arguments.dropFirst().first.flatMap { Int($0) } ?? 20
    let store = try ProvinceStore.open(folder: URL(fileURLWithPath: path), mode: .readOnly)
    guard let year = store.data.years.max() else { throw BenchError("no year in \(path)") }
    let marker = NumberStyle(.vi).integer(YearReport(data: store.data, year: year).trafficDuties)
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("antq")
    let times = try LaunchBenchmark(
      binary: binary, arguments: ["--data", path, "--read-only"], marker: marker
    ).measure(runs: runs)
    print(Statistics(seconds: times).line("launch to first screen, \(path)"))
  }
}
