import ANTQCore
import ANTQStore
import Foundation

/// Reading speed of data files, side by side: the fast reader, Foundation's JSONDecoder,
/// Python's json and orjson (when installed) on the same generated files, then a whole folder
/// with ten years of activity loaded with and without the fast reader.
enum JSONBenchmark {
  static func run() throws -> [String] {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("antq-json-bench-\(UUID().uuidString)", isDirectory: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let decade = root.appendingPathComponent("decade")
    try DataFolder(decade).save(generate(years: 2016...2025))

    var lines = [
      "JSON read speed, MB/s of thread CPU time (best of 7; higher is better; CPU time so that",
      "other work on the machine skews both sides less)",
    ]
    lines.append(pad(["file", "MB", "fast", "Foundation", "py json", "orjson"]))
    lines.append(try fileRow(decade.appendingPathComponent("model-sites.json"), ModelSite.self))
    lines.append(
      try fileRow(decade.appendingPathComponent("activity/2025/tips.json"), Tip.self))
    lines.append(try fileRow(decade.appendingPathComponent("members.json"), Member.self))
    lines.append(
      try fileRow(decade.appendingPathComponent("activity/2025/patrols.json"), Patrol.self))

    let year = root.appendingPathComponent("year")
    try DataFolder(year).save(generate(years: 2025...2025))
    lines.append(try folderRow(year, "1 year of activity"))
    lines.append(try folderRow(decade, "10 years of activity"))
    return lines
  }

  /// Wall time of a whole load (it decodes on every core), without and with the fast reader.
  private static func folderRow(_ root: URL, _ what: String) throws -> String {
    let folder = DataFolder(root)
    let before = try best(3) { _ = try withSwitch(false) { try folder.load() } }
    let after = try best(3) { _ = try withSwitch(true) { try folder.load() } }
    return "whole folder, \(what) (\(mb(folderSize(root))) MB): "
      + "Foundation \(ms(before)) ms, fast \(ms(after)) ms"
  }

  private struct Envelope<Record: Decodable>: Decodable {
    let schema: Int
    let collection: String
    let records: [Record]
  }

  private static func fileRow<Record: Decodable>(_ url: URL, _ type: Record.Type) throws
    -> String
  {
    let data = try Data(contentsOf: url)
    let megabytes = Double(data.count) / 1_000_000
    let fast = try best(7, cpu: true) {
      _ = try FastJSONDecoder.decode(Envelope<Record>.self, from: data)
    }
    let foundation = try best(7, cpu: true) {
      _ = try JSONDecoder().decode(Envelope<Record>.self, from: data)
    }
    let python = pythonSeconds(url, module: "json")
    let orjson = pythonSeconds(url, module: "orjson")
    let rate = { (seconds: Double?) in seconds.map { String(Int(megabytes / $0)) } ?? "n/a" }
    return pad([
      url.lastPathComponent, String(format: "%.1f", megabytes), rate(fast), rate(foundation),
      rate(python), rate(orjson),
    ])
  }

  /// Best of seven `loads` of the file's bytes in python3, or nil without python3 or the module.
  private static func pythonSeconds(_ url: URL, module: String) -> Double? {
    let script = """
      import \(module), time, sys
      data = open(sys.argv[1], 'rb').read()
      best = 1e9
      for _ in range(7):
          t = time.thread_time(); \(module).loads(data); best = min(best, time.thread_time() - t)
      print(best)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, url.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let text = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return Double(
      String(decoding: text, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private static func withSwitch<T>(_ on: Bool, _ body: () throws -> T) rethrows -> T {
    let saved = FastJSONSwitch.isEnabled
    FastJSONSwitch.isEnabled = on
    defer { FastJSONSwitch.isEnabled = saved }
    return try body()
  }

  /// The fastest of `runs` runs, in seconds of wall time or of this thread's CPU time.
  private static func best(_ runs: Int, cpu: Bool = false, _ body: () throws -> Void) rethrows
    -> Double
  {
    var fastest = Double.infinity
    for _ in 0..<runs {
      let start = now(cpu)
      try body()
      fastest = min(fastest, now(cpu) - start)
    }
    return fastest
  }

  private static func now(_ cpu: Bool) -> Double {
    var time = timespec()
    clock_gettime(cpu ? CLOCK_THREAD_CPUTIME_ID : CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func folderSize(_ root: URL) -> Int {
    let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.fileSizeKey])
    var total = 0
    while let url = files?.nextObject() as? URL {
      total += (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize ?? 0) ?? 0
    }
    return total
  }

  private static func mb(_ bytes: Int) -> String { String(format: "%.1f", Double(bytes) / 1e6) }
  private static func ms(_ seconds: Double) -> String { String(Int(seconds * 1000)) }
  private static func pad(_ cells: [String]) -> String {
    cells.enumerated().map { index, cell in
      let width = index == 0 ? 18 : 11
      return cell.count >= width ? cell : cell + String(repeating: " ", count: width - cell.count)
    }.joined()
  }

  // MARK: - A province at demo scale

  /// The size of an identity sealed to two readers, as the files carry it.
  private static let sealed = SealedIdentity(
    box: String(repeating: "A", count: 200),
    keys: [
      "lanhdao": String(repeating: "B", count: 108), "admin": String(repeating: "C", count: 108),
    ])

  private static let places = [
    "Đồng Lương", "Hạc Thành", "Quyết Thắng", "Hàm Rồng", "Phú Sơn", "Sông Chu", "Bá Thước",
    "Ngọc Lặc", "Như Xuân", "Quảng Xương",
  ]

  private static func generate(years: ClosedRange<Int>) -> ProvinceData {
    var data = ProvinceData(province: Province(name: "Tỉnh Thanh Hóa", illustrative: true))
    let day = { (y: Int, n: Int) in Day(year: y, month: n % 12 + 1, day: n % 28 + 1)! }
    let moment = { (y: Int, n: Int) in Moment(day: day(y, n), hour: n % 24, minute: n % 60)! }
    let place = { (n: Int) in places[n % places.count] }
    data.communes = (0..<148).map {
      Commune(id: "C\($0)", name: "Xã \(place($0))", kind: $0 < 133 ? .xa : .phuong)
    }
    data.residentialAreas = (0..<2400).map {
      ResidentialArea(
        id: "R\($0)", communeID: "C\($0 % 148)", name: "Thôn \(place($0)) \($0)", kind: .thon)
    }
    data.modelTypes = (0..<38).map {
      ModelType(id: "M\($0)", name: "Mô hình \(place($0))", summary: "Tự phòng, tự quản")
    }
    data.modelSites = (0..<33_104).map {
      ModelSite(
        id: "S\($0)", modelTypeID: "M\($0 % 38)", communeID: "C\($0 % 148)",
        residentialAreaID: $0 % 3 == 0 ? nil : "R\($0 % 2400)",
        name: "Điểm \"\(place($0))\" số \($0)", startYear: 2015 + $0 % 10,
        retiredYear: $0 % 17 == 0 ? 2025 : nil)
    }
    data.teams = (0..<5049).map {
      Team(
        id: "T\($0)", communeID: "C\($0 % 148)", name: "Tổ bảo vệ ANTT \(place($0))",
        residentialAreaIDs: ["R\($0 % 2400)", "R\(($0 + 1) % 2400)"], founded: day(2024, $0))
    }
    data.members = (0..<15_428).map {
      Member(
        id: "B\($0)", teamID: "T\($0 % 5049)", fullName: "Nguyễn Văn \(place($0))",
        birthYear: 1960 + $0 % 40, gender: $0 % 2 == 0 ? .male : .female,
        role: $0 % 3 == 0 ? .leader : .member, joined: day(2024, $0), uniformIssued: true,
        paidAllowance: $0 % 5 != 0)
    }
    for year in years {
      data.tips += (0..<3814).map {
        Tip(
          id: "TB\(year)-\($0)", communeID: "C\($0 % 148)", residentialAreaID: "R\($0 % 2400)",
          receivedAt: moment(year, $0), channel: .phone, kind: .crimeReport, topic: "Trộm cắp",
          urgency: .normal, summary: "Người dân báo tin mất trộm tài sản\ntại \(place($0))",
          informant: nil,
          steps: [
            .init(stage: .classified, at: moment(year, $0 + 1)),
            .init(stage: .verifying, at: moment(year, $0 + 2), reason: "Xác minh"),
          ],
          sealedIdentity: $0 % 2 == 0 ? nil : Self.sealed)
      }
      data.patrols += (0..<4885).map {
        Patrol(
          id: "PT\(year)-\($0)", communeID: "C\($0 % 148)", teamID: "T\($0 % 5049)",
          start: moment(year, $0), end: moment(year, $0).adding(minutes: 120),
          residentialAreaIDs: ["R\($0 % 2400)"], route: "Đường liên thôn \(place($0))",
          participants: .init(police: 1, militia: 2, teamMembers: 4), findings: "Bình thường")
      }
      data.trafficDuties += (0..<8478).map {
        TrafficDuty(
          id: "GT\(year)-\($0)", communeID: "C\($0 % 148)", day: day(year, $0),
          location: "Ngã tư \(place($0))", participants: 4)
      }
      data.outreach += (0..<1872).map {
        OutreachSession(
          id: "TT\(year)-\($0)", communeID: "C\($0 % 148)", day: day(year, $0),
          topic: "Luật 30/2023/QH15", attendees: 80 + $0 % 50)
      }
      data.incidents += (0..<1634).map {
        Incident(
          id: "VV\(year)-\($0)", communeID: "C\($0 % 148)", day: day(year, $0), summary: "Hòa giải")
      }
    }
    return data
  }
}
