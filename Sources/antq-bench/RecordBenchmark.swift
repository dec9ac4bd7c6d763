import ANTQCore
import ANTQStore
import Foundation

/// A saved record is durable: the time `ProvinceStore.record` takes to append a change to
/// the journal and fsync it, on a folder holding the whole demo province.
enum RecordBenchmark {
  static func run(_ data: ProvinceData, changes: Int = 200) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "antq-record-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try ProvinceStore.create(folder: folder, data: data)
    var template = data.patrols.last!
    var samples: [Double] = []
    for index in 0..<changes {
      template.id = "BENCH-\(index)"
      template.route = "Tuần tra khu dân cư Đồng Lương, lượt \(index)"
      let start = DispatchTime.now().uptimeNanoseconds
      try store.record(.upsert(.patrol(template)))
      samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    try store.close()
    return Statistics(seconds: samples).line("durable save of one record (journal + fsync)")
  }
}
