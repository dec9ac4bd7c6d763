import ANTQCore
import ANTQStore
import Foundation
import Testing

/// Eight consoles saving at once for a minute, some killed with kill -9 at random moments and
/// started again: every change a console was told is saved is there afterwards, and every
/// console that caught up holds the same data.
@Suite struct ManyWriterProcessesTests {
  static let writers = 8
  static let seconds = 60.0

  private static var benchBinary: URL {
    BuiltBinary.url.deletingLastPathComponent().appendingPathComponent("antq-bench")
  }

  /// A small province: the writers add, edit and delete communes.
  private static func province(in folder: URL) throws {
    var data = ProvinceData(province: Province(name: "Tỉnh thử"))
    data.communes = (1...10).map { Commune(id: "X\($0)", name: "Xã \($0)", kind: .xa) }
    try DataFolder(folder).save(data)
  }

  @Test func everyConfirmedChangeSurvivesKillsAndEveryConsoleAgrees() throws {
    let seed = UInt64(Date().timeIntervalSince1970)
    print("ManyWriterProcessesTests seed \(seed)")
    var random = SplitMix64(seed: seed)
    let root = try TemporaryFolder("antq-e2e-writers")
    let data = root.child("province")
    try Self.province(in: data)
    let until = Date().timeIntervalSince1970 + Self.seconds
    var started = 0
    func start() throws -> (process: Process, index: Int) {
      started += 1
      let process = Process()
      process.executableURL = Self.benchBinary
      process.arguments = [
        "writer", data.path, String(random.next() % 1_000_000),
        root.child("confirmed-\(started)").path, String(until),
      ]
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      return (process, started)
    }
    var running = try (0..<Self.writers).map { _ in try start() }
    var kills = 0
    while Date().timeIntervalSince1970 < until - 8 {
      Thread.sleep(forTimeInterval: 0.5 + Double(random.next() % 2500) / 1000)
      let victim = Int(random.next() % UInt64(running.count))
      kill(running[victim].process.processIdentifier, SIGKILL)
      running[victim].process.waitUntilExit()
      kills += 1
      running[victim] = try start()
    }
    for writer in running { writer.process.waitUntilExit() }
    print("ManyWriterProcessesTests: \(started) consoles, \(kills) killed")

    let store = try ProvinceStore.open(folder: data, mode: .readOnly, years: .all)
    var confirmed = 0
    for index in 1...started {
      let text = (try? String(contentsOf: root.child("confirmed-\(index)"), encoding: .utf8)) ?? ""
      for line in text.split(separator: "\n") {
        let id = try #require(ChangeID(String(line)))
        #expect(store.versions.knows(id), "confirmed change \(id) is missing (seed \(seed))")
        confirmed += 1
      }
    }
    #expect(confirmed > 500, "only \(confirmed) changes confirmed")
    // The consoles that lived to the end caught up and wrote what they hold.
    let digests = try running.map {
      try String(contentsOf: root.child("confirmed-\($0.index).digest"), encoding: .utf8)
    }
    #expect(Set(digests).count == 1, "consoles disagree: \(digests) (seed \(seed))")
    #expect(digests.first == DataDigest.of(store.data), "seed \(seed)")
    #expect(FolderCheck.run(data) == [], "seed \(seed)")
  }
}
