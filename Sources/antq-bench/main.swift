import ANTQCore
import ANTQSecurity
import ANTQStore
import ANTQTUI
import Foundation

// Prints the figures the README quotes. Run in release:
//   swift build -c release && .build/release/antq-bench [all|launch|keys|store|years|json|consoles|export|audit|sealing]
//   .build/release/antq-bench consoles [screen|saves|unfolded|sync|idle|fold] runs one part.
//   .build/release/antq-bench open DIR times opening a folder in-process (to profile the store).
//   .build/release/antq-bench launch DIR [RUNS] times the binary's launch on a kept folder.
//   .build/release/antq-bench check DIR times antq check's look at a folder in-process.
// Speed goals are checked here, not by timed tests.

func measure<T>(_ body: () throws -> T) rethrows -> (T, Double) {
  let start = DispatchTime.now().uptimeNanoseconds
  let value = try body()
  return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}

/// The sections of the benchmark, each printing its own lines.
struct Sections {
  let catalogs: [Language: Catalog]
  let demo: ProvinceData
  let binary: URL
  /// A figure only the drawn 2025 dashboard shows (the traffic duties).
  var marker: String { NumberStyle(.vi).integer(YearReport(data: demo, year: 2025).trafficDuties) }

  func launch() throws {
    let demoLaunch = try LaunchBenchmark(binary: binary, arguments: ["--demo"], marker: marker)
      .measure(runs: 5)
    print(Statistics(seconds: demoLaunch).line("launch to first drawn dashboard, antq --demo"))
    let folder = try temporaryFolder("demo")
    try DataFolder(folder).save(demo)
    let folderLaunch = try LaunchBenchmark(
      binary: binary, arguments: ["--data", folder.path], marker: marker
    ).measure(runs: 5)
    print(Statistics(seconds: folderLaunch).line("launch to first drawn dashboard, --data <demo>"))
    let decade = try temporaryFolder("ten-years")
    try TenYears.write(from: demo, to: decade)
    let decadeLaunch = try LaunchBenchmark(
      binary: binary, arguments: ["--data", decade.path], marker: marker
    ).measure(runs: 5)
    print(Statistics(seconds: decadeLaunch).line("launch to first drawn dashboard, ten years"))
  }

  func store() throws {
    let folder = DataFolder(try temporaryFolder("store"))
    var saves: [Double] = []
    var loads: [Double] = []
    for _ in 0..<3 {
      saves.append(try measure { try folder.save(demo) }.1)
      loads.append(try measure { try folder.load() }.1)
    }
    print(Statistics(seconds: saves).line("demo folder saved"))
    print(Statistics(seconds: loads).line("demo folder loaded (every year)"))
    print(try RecordBenchmark.run(demo))
  }

  func keys() throws {
    for line in try KeyLatencyBenchmark(data: demo, catalogs: catalogs).run() { print(line) }
  }

  func years() throws {
    for line in try TenYearsBenchmark.run(demo: demo) { print(line) }
  }

  func export() throws {
    for line in try ExportBenchmark.run(demo, catalogs: catalogs) { print(line) }
    for line in try ImportBenchmark(demo: demo, scratch: temporaryFolder).run() { print(line) }
  }

  func consoles() throws {
    let bench = ConsolesBenchmark(
      demo: demo, binary: binary, marker: marker, scratch: temporaryFolder,
      only: CommandLine.arguments.dropFirst(2).first)
    for line in try bench.run() { print(line) }
  }

  func audit() throws {
    let bench = AuditBenchmark(demo: demo, catalogs: catalogs, scratch: temporaryFolder)
    print(try bench.check())
    fflush(nil)
    print(try bench.historyOnScreen())
  }

  func sealing() throws {
    for line in try SealingBenchmark.run() { print(line) }
  }

  func json() throws {
    for line in try JSONBenchmark.run() { print(line) }
  }

  private func temporaryFolder(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-bench-\(getpid())-\(name)")
    try? FileManager.default.removeItem(at: url)
    Sections.made.append(url)
    return url
  }

  nonisolated(unsafe) static var made: [URL] = []
}

do {
  if CommandLine.arguments.dropFirst().first == "writer" {
    try StressWriter.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  }
  if CommandLine.arguments.dropFirst().first == "open" {
    try OpenBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  }
  if CommandLine.arguments.dropFirst().first == "launch", CommandLine.arguments.count > 2 {
    try LaunchOnFolderBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  }
  if CommandLine.arguments.dropFirst().first == "check" {
    try CheckBenchmark.run(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  }
  let assets = try AssetLocator.locate()
  let catalogs = try CatalogLoader.loadAll(assets: assets)
  let description = try CatalogLoader.loadJSON(
    DemoDescription.self, from: assets.appendingPathComponent("demo/description.json"))
  print("ANTQ Console benchmark (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
  var generations: [Double] = []
  var demo = ProvinceData(province: Province(name: ""))
  for _ in 0..<5 {
    let (generated, seconds) = measure { DemoGenerator.generate(description) }
    demo = generated
    generations.append(seconds)
  }
  // Files never carry an identity in clear: the demo's are sealed, as `antq demo` does.
  let owner = ReaderKey.generate(for: "bench")
  let reader = User(id: "bench", fullName: "Bench", role: .supervisor, publicKey: owner.publicKey)
  let named = demo.tips.indices.filter { demo.tips[$0].informant != nil }
  let sealed = try IdentitySealer().sealTogether(
    named.map { demo.tips[$0].informant! }, readers: [reader])
  for (index, identity) in zip(named, sealed) {
    demo.tips[index].informant = nil
    demo.tips[index].sealedIdentity = identity
  }
  print(Statistics(seconds: generations).line("demo province generated in memory"))
  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("antq")
  let sections = Sections(catalogs: catalogs, demo: demo, binary: binary)
  // ANTQ_BENCH_KEEP=1 keeps the scratch folders, to profile the binary on them afterwards.
  let keep = ProcessInfo.processInfo.environment["ANTQ_BENCH_KEEP"] == "1"
  defer {
    for url in Sections.made {
      if keep { print("kept \(url.path)") } else { try? FileManager.default.removeItem(at: url) }
    }
  }
  let chosen = CommandLine.arguments.dropFirst().first ?? "all"
  let all: [(String, () throws -> Void)] = [
    ("launch", sections.launch), ("store", sections.store), ("keys", sections.keys),
    ("years", sections.years), ("json", sections.json), ("consoles", sections.consoles),
    ("export", sections.export), ("audit", sections.audit), ("sealing", sections.sealing),
  ]
  for (name, run) in all where chosen == "all" || chosen == name { try run() }
} catch {
  FileHandle.standardError.write(Data("antq-bench: \(error)\n".utf8))
  exit(1)
}
