import ANTQCore
import ANTQStore
import Foundation
import Testing

/// `:import` in the real binary: a CSV of members previewed, confirmed, and in the folder
/// after the console quits.
extension Console {
  @Suite struct Import {
    @Test func membersArePreviewedThenRecordedOnYes() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let before = try ProvinceStore.open(folder: data, mode: .readOnly, years: .latest)
      let team = try #require(before.data.teams.first)
      let count = before.data.members.count
      try before.close()
      let csv = folder.child("thanh-vien.csv")
      let header = "Mã,Mã tổ,Họ tên,Năm sinh,Giới tính,Vai trò,Ngày vào,Trang phục,Hỗ trợ\n"
      let rows = (1...3).map {
        "E2E\($0),\(team.id),Người Nhập \($0),1991,nữ,tổ viên,02/03/2025,có,có\n"
      }
      try Data((header + rows.joined()).utf8).write(to: csv)

      let run = try ConsoleRun(["--data", data.path])
      try run.expectDashboard()
      try run.terminal.keys(":")
      try run.terminal.type("import")
      try run.terminal.keys("Enter")
      try run.terminal.type(csv.path)
      try run.terminal.keys("Enter")
      let preview = try run.terminal.wait(forAll: ["3 thành viên mới", "· E2E1 · "], seconds: 30)
      #expect(preview.found, "no preview:\n\(preview.screen)")
      try run.terminal.keys("y")
      let done = try run.terminal.wait(forAll: ["Đã nhập 3 bản ghi"], seconds: 30)
      #expect(done.found, "not imported:\n\(done.screen)")
      try run.quit()

      let after = try ProvinceStore.open(folder: data, mode: .readOnly, years: .latest)
      defer { try? after.close() }
      #expect(after.data.members.count == count + 3)
      #expect(after.data.members.contains { $0.id == "E2E3" && $0.fullName == "Người Nhập 3" })
    }
  }
}
