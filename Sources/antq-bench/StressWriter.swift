import ANTQCore
import ANTQStore
import Foundation

/// `antq-bench writer FOLDER SEED CONFIRMED UNTIL`: one console saving random changes until
/// the wall clock reaches UNTIL (seconds since 1970), as a clerk at full speed would: new
/// records, edits of records others edit too (a refused save is retried over their version),
/// deletes. Each change the store confirmed is then appended to CONFIRMED and fsynced; at the
/// end, after the others have stopped, the data's digest goes to CONFIRMED.digest and the
/// save times (ms) to CONFIRMED.times. The many-writers test kills these with kill -9.
enum StressWriter {
  static func run(_ arguments: [String]) throws {
    guard arguments.count == 4, let seed = UInt64(arguments[1]), let until = Double(arguments[3])
    else { throw BenchError("usage: antq-bench writer FOLDER SEED CONFIRMED UNTIL") }
    let store = try ProvinceStore.open(
      folder: URL(fileURLWithPath: arguments[0]), mode: .readWrite, years: .all)
    let confirmed = open(arguments[2], O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
    guard confirmed >= 0 else { throw BenchError("cannot write \(arguments[2])") }
    var random = SplitMix64(seed: seed)
    var times: [Double] = []
    var count = 0
    while Date().timeIntervalSince1970 < until {
      count += 1
      let change = randomChange(&random, store.data, tag: "\(seed)-\(count)")
      let key = RecordKey(change.kind, change.id)
      var base = store.versions.version(of: key)
      let started = DispatchTime.now().uptimeNanoseconds
      var stamped: StampedChange?
      while stamped == nil {
        do {
          stamped = try store.record(change, basedOn: base)
        } catch {
          guard case .conflict(let conflict) = error else { throw error }
          base = conflict.theirs.id  // keep mine, knowingly
        }
      }
      times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
      let line = Array("\(stamped!.id)\n".utf8)
      _ = line.withUnsafeBytes { write(confirmed, $0.baseAddress!, line.count) }
      fsync(confirmed)
      usleep(UInt32(2_000 + random.next() % 20_000))
      if count % 5 == 0 { store.refresh() }
    }
    close(confirmed)
    Thread.sleep(forTimeInterval: 2)  // the others stop too
    store.refresh()
    try DataDigest.of(store.data).write(
      toFile: arguments[2] + ".digest", atomically: true, encoding: .utf8)
    try times.map { String(format: "%.3f", $0) }.joined(separator: "\n").write(
      toFile: arguments[2] + ".times", atomically: true, encoding: .utf8)
    try store.close()
  }

  private static func randomChange(
    _ random: inout SplitMix64, _ data: ProvinceData, tag: String
  ) -> Change {
    let fresh = Change.upsert(.commune(Commune(id: "S-\(tag)", name: "Xã \(tag)", kind: .xa)))
    switch random.next() % 4 {
    case 0, 1:
      return fresh
    case 2:
      guard var commune = data.communes.prefix(5).randomElement(using: &random) else {
        return fresh
      }
      commune.name = "Xã sửa \(tag)"
      return .upsert(.commune(commune))
    default:
      let own = data.communes.filter { $0.id.hasPrefix("S-") }
      guard let victim = own.randomElement(using: &random) else { return fresh }
      return .delete(.commune, id: victim.id)
    }
  }
}
