import ANTQCore
import ANTQStore
import ANTQTUI
import Foundation

/// Many consoles on one folder: another console's change on screen, saves while eight save
/// at once, opening a folder with many unfolded changes, syncing an office's month, the cost
/// of an idle console among thirty, and a fold.
struct ConsolesBenchmark {
  let demo: ProvinceData
  let binary: URL
  let marker: String
  let scratch: (String) throws -> URL
  /// One part only (`antq-bench consoles fold`), nil for all.
  var only: String? = nil

  func run() throws -> [String] {
    let parts: [(String, () throws -> [String])] = [
      ("screen", { [try changeOnScreen()] }), ("saves", { [try savesWhileEightSave()] }),
      ("unfolded", { [try openWithUnfoldedChanges()] }), ("sync", { [try syncOfficeMonth()] }),
      ("idle", { [try idleConsole()] }), ("fold", folds),
    ]
    var lines: [String] = []
    for (name, part) in parts where only == nil || only == name { lines += try part() }
    return lines
  }

  private func demoFolder(_ name: String) throws -> URL {
    let url = try scratch(name)
    try DataFolder(url).save(demo)
    return url
  }

  private func patrol(_ route: String, _ index: Int) -> Change {
    var patrol = demo.patrols.last { $0.day.year == 2025 }!
    patrol.id = "BENCH-\(index)"
    patrol.route = route
    patrol.start = Moment(day: Day(year: 2025, month: 12, day: 31)!, minuteOfDay: 23 * 60)
    patrol.end = patrol.start.adding(minutes: 50)
    return .upsert(.patrol(patrol))
  }

  /// A console on a pseudo-terminal shows the patrols; this process saves one, as another
  /// console would; the time until the new route is drawn there.
  private func changeOnScreen() throws -> String {
    let folder = try demoFolder("live")
    let terminal = try PseudoTerminal(rows: 30, columns: 100)
    let process = try console(folder, terminal)
    defer { process.terminate() }
    guard terminal.waitFor(marker, seconds: 20, since: Date()) != nil else {
      throw BenchError("the console on \(folder.path) never drew its dashboard")
    }
    terminal.type("5")
    _ = terminal.readOutput(quietMilliseconds: 300)
    let store = try ProvinceStore.open(folder: folder, years: .latest)
    var samples: [Double] = []
    for index in 0..<15 {
      // Every letter differs from the last run's, so the whole word is drawn anew.
      let letter = Character(UnicodeScalar(UInt8(65 + index)))
      let route = String(repeating: letter, count: 8)
      let start = Date()
      try store.record(patrol(route, index))
      guard let seconds = terminal.waitFor(route, seconds: 5, since: start) else {
        throw BenchError("the other console never showed \(route)")
      }
      samples.append(seconds)
      _ = terminal.readOutput(quietMilliseconds: 100)
    }
    try store.close()
    return Statistics(seconds: samples).line(
      "another console's change on screen (two processes)")
  }

  private func console(_ folder: URL, _ terminal: PseudoTerminal) throws -> Process {
    let slave = FileHandle(fileDescriptor: terminal.slave, closeOnDealloc: false)
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--data", folder.path]
    var environment = ProcessInfo.processInfo.environment
    environment["TERM"] = "xterm-256color"
    process.environment = environment
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    try process.run()
    return process
  }

  /// Eight writer processes (`antq-bench writer`) saving as fast as a clerk can for 10 s.
  private func savesWhileEightSave() throws -> String {
    let folder = try scratch("eight")
    var small = ProvinceData(province: Province(name: "Bench"))
    small.communes = (1...10).map { Commune(id: "X\($0)", name: "Xã \($0)", kind: .xa) }
    try DataFolder(folder).save(small)
    let until = Date().timeIntervalSince1970 + 10
    let writers = try (1...8).map { index -> (Process, URL) in
      let confirmed = folder.appendingPathComponent("confirmed-\(index)")
      let process = Process()
      process.executableURL = binary.deletingLastPathComponent().appendingPathComponent(
        "antq-bench")
      process.arguments = [
        "writer", folder.path, String(index), confirmed.path, String(until),
      ]
      try process.run()
      return (process, confirmed)
    }
    var samples: [Double] = []
    for (process, confirmed) in writers {
      process.waitUntilExit()
      let text = try String(contentsOfFile: confirmed.path + ".times", encoding: .utf8)
      samples += text.split(separator: "\n").compactMap { Double($0) }.map { $0 / 1000 }
    }
    return Statistics(seconds: samples).line("durable save while 8 consoles save at once")
  }

  /// 20,000 changes spread over 50 consoles' journals, none folded: launch to first screen.
  private func openWithUnfoldedChanges() throws -> String {
    let folder = try demoFolder("unfolded")
    var stores: [ProvinceStore] = []
    for journal in 0..<50 {
      let store = try ProvinceStore.open(folder: folder, years: .only([]))
      store.foldAfterChanges = .max  // else a store folds them at the 1,000th
      for index in 0..<400 {
        try store.record(patrol("Tuyến \(journal)-\(index)", journal * 1000 + index))
      }
      stores.append(store)  // held open, so the next takes a journal of its own
    }
    stores.removeAll()  // as killed: nothing folded
    let times = try LaunchBenchmark(
      binary: binary, arguments: ["--data", folder.path, "--read-only"], marker: marker
    ).measure(runs: 5)
    return Statistics(seconds: times).line(
      "launch to first screen, 20,000 unfolded changes in 50 journals")
  }

  /// An office's month: 2,000 changes made on its copy, brought into the province.
  private func syncOfficeMonth() throws -> String {
    let province = try demoFolder("province")
    let office = try scratch("office")
    try OfficeCopy.make(
      from: DataFolder(province), to: DataFolder(office), commune: demo.communes[0])
    let store = try ProvinceStore.open(folder: office, years: .latest)
    for index in 0..<2_000 { try store.record(patrol("Tuyến văn phòng \(index)", index)) }
    try store.close()
    let (report, seconds) = try measure {
      try FolderSync.sync(DataFolder(province), with: DataFolder(office))
    }
    guard report.received == 2_000 else { throw BenchError("sync brought \(report.received)") }
    return Statistics(seconds: [seconds]).line("sync of an office's 2,000 changes")
  }

  /// Thirty consoles open on one folder, nothing changing: one console's CPU over 10 s.
  private func idleConsole() throws -> String {
    let folder = try demoFolder("idle")
    var consoles: [(Process, PseudoTerminal)] = []
    defer { for (process, _) in consoles { process.terminate() } }
    for _ in 0..<30 {
      let terminal = try PseudoTerminal(rows: 30, columns: 100)
      let process = try console(folder, terminal)
      guard terminal.waitFor(marker, seconds: 30, since: Date()) != nil else {
        throw BenchError("a console never drew its dashboard")
      }
      consoles.append((process, terminal))
    }
    Thread.sleep(forTimeInterval: 3)  // the idle work between keys is done
    let pid = consoles[0].0.processIdentifier
    let before = try cpuSeconds(pid)
    Thread.sleep(forTimeInterval: 10)
    let used = try cpuSeconds(pid) - before
    return "idle console among 30 on one folder: \(String(format: "%.2f", used * 10)) % of a core"
  }

  /// User plus system time of a process, from /proc.
  private func cpuSeconds(_ pid: Int32) throws -> Double {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    let fields = stat.split(separator: ")").last!.split(separator: " ")
    let ticks = Double(fields[11])! + Double(fields[12])!
    return ticks / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// A fold after a change in every file (records reused), and every file encoded anew.
  private func folds() throws -> [String] {
    let folder = try demoFolder("fold")
    var reused: [Double] = []
    for round in 0..<3 {
      let store = try ProvinceStore.open(folder: folder, years: .all)
      for change in oneChangePerFile(store.data, round: round) { try store.record(change) }
      reused.append(try measure { try store.fold() }.1)
      try store.close()
    }
    var whole: [Double] = []
    for _ in 0..<3 { whole.append(try measure { try DataFolder(folder).save(demo) }.1) }
    return [
      Statistics(seconds: reused).line("fold of the demo, a change in every file (durable)"),
      Statistics(seconds: whole).line("every file of the demo encoded anew (durable)"),
    ]
  }

  private func oneChangePerFile(_ data: ProvinceData, round: Int) -> [Change] {
    var changes: [Change] = []
    if var commune = data.communes.first {
      commune.name += " \(round)"
      changes.append(.upsert(.commune(commune)))
    }
    if var member = data.members.first {
      member.fullName += " \(round)"
      changes.append(.upsert(.member(member)))
    }
    if var site = data.modelSites.first {
      site.name += " \(round)"
      changes.append(.upsert(.site(site)))
    }
    for year in data.years {
      if var patrol = data.patrols.first(where: { $0.day.year == year }) {
        patrol.route += " \(round)"
        changes.append(.upsert(.patrol(patrol)))
      }
      if var tip = data.tips.first(where: { $0.day.year == year }) {
        tip.summary += " \(round)"
        changes.append(.upsert(.tip(tip)))
      }
    }
    return changes
  }
}
