import ANTQCore
import ANTQStore
import Foundation

/// `antq import members FILE.csv` of 15,000 new members, as the command does it: every row
/// read and validated, then recorded as one change set (one fsync) into a demo folder.
struct ImportBenchmark {
  let demo: ProvinceData
  let scratch: (String) throws -> URL
  static let members = 15_000

  /// A CSV of `count` members spread over the demo's teams, every row valid.
  func csv(count: Int) -> [UInt8] {
    var text = "Mã,Mã tổ,Họ tên,Năm sinh,Giới tính,Vai trò,Ngày vào,Trang phục,Hỗ trợ\n"
    let teams = demo.teams
    for index in 0..<count {
      let team = teams[index % teams.count]
      let gender = index % 2 == 0 ? "nam" : "nữ"
      text +=
        "NHAP\(index),\(team.id),Người Nhập Số \(index),\(1960 + index % 40),\(gender),tổ viên,"
        + "02/03/2025,có,không\n"
    }
    return Array(text.utf8)
  }

  func run(runs: Int = 3) throws -> [String] {
    let bytes = csv(count: Self.members)
    let today = Day(year: 2025, month: 12, day: 31)!
    var plans: [Double] = []
    var totals: [Double] = []
    for run in 0..<runs {
      let folder = try scratch("import-\(run)")
      try DataFolder(folder).save(demo)
      let store = try ProvinceStore.open(folder: folder, mode: .readWrite, years: .latest)
      defer { try? store.close() }
      let start = DispatchTime.now().uptimeNanoseconds
      let plan = try CSVImport.plan(.members, bytes: bytes, into: store.data, today: today).get()
      let planned = DispatchTime.now().uptimeNanoseconds
      guard plan.changes.count == Self.members else {
        throw BenchError("the import planned \(plan.changes.count) members")
      }
      try store.record(all: plan.changes)
      let end = DispatchTime.now().uptimeNanoseconds
      plans.append(Double(planned - start) / 1e9)
      totals.append(Double(end - start) / 1e9)
    }
    return [
      Statistics(seconds: totals).line(
        "import of \(Self.members) members (read, validated, recorded; goal 2 s)"),
      Statistics(seconds: plans).line("  of which reading and validating"),
    ]
  }
}
