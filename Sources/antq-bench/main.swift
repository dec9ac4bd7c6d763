import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

// Prints the figures the README quotes. Run in release:
//   swift build -c release && .build/release/antq-bench
// Speed goals are checked here, not by timed tests.

func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

do {
  let assets = try AssetLocator.locate()
  let catalogs = Dictionary(
    uniqueKeysWithValues: try Language.allCases.map {
      ($0, try CatalogLoader.load($0, assets: assets))
    })
  let description = try CatalogLoader.loadJSON(
    DemoDescription.self, from: assets.appendingPathComponent("demo/description.json"))

  print("ANTQ Console benchmark (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
  if CommandLine.arguments.dropFirst().first == "years" {
    for line in try TenYearsBenchmark.run(demo: DemoGenerator.generate(description)) {
      print(line)
    }
    exit(0)
  }
  if CommandLine.arguments.dropFirst().first == "keys" {
    let data = DemoGenerator.generate(description)
    for line in try KeyLatencyBenchmark(data: data, catalogs: catalogs).run() { print(line) }
    exit(0)
  }
  var generations: [Double] = []
  var data = ProvinceData(province: Province(name: ""))
  for _ in 0..<5 {
    let (generated, seconds) = measure { DemoGenerator.generate(description) }
    data = generated
    generations.append(seconds)
  }
  print(Statistics(seconds: generations).line("demo province generated in memory"))

  let folder = DataFolder(
    FileManager.default.temporaryDirectory.appendingPathComponent("antq-bench-\(getpid())"))
  defer { try? FileManager.default.removeItem(at: folder.url) }
  var saves: [Double] = []
  var loads: [Double] = []
  for _ in 0..<3 {
    saves.append(try measure { try folder.save(data) }.1)
    loads.append(try measure { try folder.load() }.1)
  }
  let bytes = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
    .compactMap {
      try? FileManager.default.attributesOfItem(atPath: folder.path + "/" + $0)[.size] as? Int
    }
    .reduce(0, +)
  print(Statistics(seconds: saves).line("demo folder saved (\(bytes / 1_000_000) MB)"))
  print(Statistics(seconds: loads).line("demo folder loaded"))
  print(try RecordBenchmark.run(data))

  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("antq")
  let marker = NumberStyle(.vi).integer(YearReport(data: data, year: 2025).trafficDuties)
  let demoLaunch = try LaunchBenchmark(binary: binary, arguments: ["--demo"], marker: marker)
    .measure(runs: 5)
  print(Statistics(seconds: demoLaunch).line("launch to first drawn dashboard, antq --demo"))
  let folderLaunch = try LaunchBenchmark(
    binary: binary, arguments: ["--data", folder.path], marker: marker
  )
  .measure(runs: 5)
  print(
    Statistics(seconds: folderLaunch).line(
      "launch to first drawn dashboard, antq --data <demo folder>"))

  for line in try KeyLatencyBenchmark(data: data, catalogs: catalogs).run() { print(line) }
  print("JSON reading, side by side on the same files:")
  for line in try JSONBenchmark.run() { print("  " + line) }
} catch {
  FileHandle.standardError.write(Data("antq-bench: \(error)\n".utf8))
  exit(1)
}
