import Foundation
import Testing

/// The law's rules through the real binary: Circular 124/2021's 70 % condition on the
/// classification form, and the Criminal Procedure Code's 24 hours on a tip's forward.
extension Console {
  @Suite struct Law {
    /// The demo folder with Chí Đám's 2025 decisions rewritten so that 69 % of its
    /// residential areas and classified institutions are đạt; returns "met/total".
    private func folderWithChiDamAt69Percent(_ folder: TemporaryFolder) throws -> (URL, String) {
      let data = folder.child("data")
      let made = try BuiltBinary.run(["demo", "--out", data.path])
      #expect(made.status == 0, "\(made.stderr)")
      func records(_ name: String) throws -> [[String: Any]] {
        let object =
          try JSONSerialization.jsonObject(
            with: Data(contentsOf: data.appendingPathComponent(name))) as? [String: Any]
        return object?["records"] as? [[String: Any]] ?? []
      }
      let chiDam = try records("communes.json").first { $0["name"] as? String == "Chí Đám" }
      let id = try #require(chiDam?["id"] as? String)
      let units =
        try records("residential-areas.json").filter { $0["communeID"] as? String == id }
        + records("institutions.json").filter {
          $0["communeID"] as? String == id && $0["outOfScope"] == nil
        }
      let unitIDs = units.compactMap { $0["id"] as? String }
      let met = Set(unitIDs.prefix(unitIDs.count * 69 / 100))
      let url = data.appendingPathComponent("activity/2025/assessments.json")
      var file = try #require(
        try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
      file["records"] = (file["records"] as? [[String: Any]] ?? []).map { record in
        var record = record
        if let subject = record["subject"] as? [String: Any], let unit = subject["id"] as? String,
          subject["kind"] as? String != "commune", unitIDs.contains(unit)
        {
          record["result"] = met.contains(unit) ? "met" : "notMet"
        }
        return record
      }
      try JSONSerialization.data(withJSONObject: file).write(to: url)
      return (data, "\(met.count)/\(unitIDs.count)")
    }

    @Test func aCommuneWith69PercentOfItsUnitsCannotBeMarkedDatAndTheFormSaysWhy() throws {
      let folder = try TemporaryFolder("antq-e2e-law")
      let (data, share) = try folderWithChiDamAt69Percent(folder)
      let run = try ConsoleRun(["--data", data.path])
      let terminal = run.terminal
      #expect(try terminal.wait(for: "Tổng quan", seconds: 30).found)
      try terminal.keys("2")
      #expect(try terminal.wait(for: "148 bản ghi").found)
      try terminal.keys("/")
      try terminal.type("chi dam")
      try terminal.keys("Enter", "a")
      let form = try terminal.wait(forAll: [share, "Điều 5", "mô hình hiệu quả: có"])
      #expect(form.found, "the classification form:\n\(form.screen)")
      try terminal.keys("Tab")
      try terminal.type("7/QĐ-UBND")
      try terminal.keys("F2")
      let refused = try terminal.wait(forAll: ["Điều 5(4)", "mới có " + share, "Chưa lưu gì"])
      #expect(refused.found, "after F2:\n\(refused.screen)")
      try terminal.keys("Escape", "y")
      try run.quit()
    }

    @Test func aTipForwardedAfter30HoursStaysMarkedLateInTheList() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      let received = Date().addingTimeInterval(-30 * 3600)
      let format = DateFormatter()
      format.dateFormat = "dd/MM/yyyy"
      let day = format.string(from: received)
      format.dateFormat = "HH:mm"
      try terminal.keys("6")
      #expect(try terminal.wait(for: "bản ghi").found)
      try terminal.keys("n")
      #expect(try terminal.wait(for: "Tiếp nhận tin báo").found)
      try terminal.type(day)
      try terminal.keys("Enter")
      try terminal.type(format.string(from: received))
      try terminal.keys("Enter", "Enter", "Enter")
      try terminal.type("Trộm xe máy ở chợ")
      try terminal.keys("Enter", "Enter", "Enter", "Enter")
      try terminal.type("chi dam")
      try terminal.keys("Enter", "Enter")
      try terminal.type("Mất xe máy trước cổng chợ")
      try terminal.keys("Enter", "Enter")
      try terminal.type("Nguyễn Văn Ánh")
      try terminal.keys("F2")
      let taken = try terminal.wait(forAll: ["Đã lưu.", "Trộm xe máy ở chợ"])
      #expect(taken.found, "after the intake:\n\(taken.screen)")
      for stage in ["phân loại", "xác minh", "chuyển CQĐT"] {
        try terminal.keys("e")
        #expect(try terminal.wait(for: "Chuyển bước").found)
        // Down to the move: past the intake's fields (the identity's, sealed, are hidden).
        for _ in 0..<12 { try terminal.keys("Down") }
        try terminal.keys("Right", "F2")
        let moved = try terminal.wait(forAll: ["Đã lưu.", stage])
        #expect(moved.found, "moving to \(stage):\n\(moved.screen)")
      }
      let row = try terminal.wait(for: "chuyển muộn")
      #expect(row.found, "the tips list after forwarding:\n\(row.screen)")
      let line = row.screen.split(separator: "\n").first { $0.contains("Trộm xe máy ở chợ") }
      #expect(line?.contains("chuyển muộn") == true)
      try run.quit()
    }
  }
}
