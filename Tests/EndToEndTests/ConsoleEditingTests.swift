import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation
import Testing

/// A clerk's records typed through the real binary: saved through the journal, surviving
/// `kill -9`, refused when wrong, undone with `u`.
extension Console {
  @Suite struct Editing {
    static let route = "Tuần tra khu dân cư Đồng Lương"

    /// Today's year: a new patrol is dated today by default.
    var thisYear: Int { Calendar.current.component(.year, from: Date()) }

    /// Yesterday's year: the patrol below is yesterday evening's (a patrol cannot start
    /// later than now).
    var patrolYear: Int { Calendar.current.component(.year, from: Date() - 86_400) }

    /// Types yesterday evening's patrol on screen 5 (defaults for the commune and areas).
    private func typePatrol(_ terminal: TmuxTerminal) throws {
      try terminal.keys("5", "n")
      try terminal.type("hom qua")
      try terminal.keys("Enter")
      try terminal.type("1930")
      try terminal.keys("Enter")
      try terminal.type("2330")
      try terminal.keys("Enter", "Enter")
      try terminal.type("man")
      try terminal.keys("Enter", "Enter")
      try terminal.type(Self.route)
      try terminal.keys("Enter")
      for count in ["2", "1", "4"] {
        try terminal.type(count)
        try terminal.keys("Enter")
      }
    }

    @Test func aSavedPatrolSurvivesKill9AndIsStoredByteExact() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let first = try ConsoleRun(["--data", data.path])
      try first.expectDashboard()
      try typePatrol(first.terminal)
      try first.terminal.keys("F2")
      let saved = try first.terminal.wait(forAll: ["Đã lưu.", Self.route])
      #expect(saved.found, "after F2:\n\(saved.screen)")
      let pid = try #require(try first.terminal.programPID())
      kill(pid, SIGKILL)
      #expect(try first.terminal.exitCode() == 137)

      let second = try ConsoleRun(["--data", data.path])
      try second.terminal.keys("5")
      let found = try second.terminal.wait(
        forAll: ["[ Năm \(patrolYear) ]", Self.route, "19:30–23:30"], seconds: 30)
      #expect(found.found, "after kill -9 and restart:\n\(found.screen)")
      try second.quit()

      let patrols = data.appendingPathComponent("activity/\(patrolYear)/patrols.json")
      let bytes = try Data(contentsOf: patrols)
      #expect(
        bytes.firstRange(of: Data(Self.route.precomposedStringWithCanonicalMapping.utf8)) != nil)
    }

    @Test func aTipWithVietnameseTextIsKeptAndItsInformantStaysOutOfTheList() throws {
      let folder = try TemporaryFolder()
      let data = try folder.demoProvince()
      let run = try ConsoleRun(["--data", data.path])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("6", "n", "Enter", "Enter", "Right", "Enter", "Enter")
      try terminal.type("Trộm cắp tài sản ở chợ Đồng Lương")
      try terminal.keys("Enter", "k", "Enter", "Enter", "Enter", "Enter")
      try terminal.type("thon")
      try terminal.keys("Enter")
      try terminal.type("Có người lạ đột nhập nhà dân")
      try terminal.keys("Enter", "Enter")
      try terminal.type("Nguyễn Văn Ánh")
      try terminal.keys("Enter")
      try terminal.type("0912 345 678")
      try terminal.keys("F2")
      let saved = try terminal.wait(forAll: ["Đã lưu.", "Trộm cắp tài sản ở chợ Đồng"])
      #expect(saved.found, "after F2:\n\(saved.screen)")
      #expect(!saved.screen.contains("Nguyễn Văn Ánh") && !saved.screen.contains("0912"))
      try run.quit()

      let again = try ConsoleRun(["--data", data.path])
      try again.terminal.keys("6")
      let listed = try again.terminal.wait(for: "Trộm cắp tài sản ở chợ Đồng", seconds: 30)
      #expect(listed.found, "after reopening:\n\(listed.screen)")
      try again.quit()
      let tips = try Data(contentsOf: data.appendingPathComponent("activity/\(thisYear)/tips.json"))
      let summary = "Trộm cắp tài sản ở chợ Đồng Lương".precomposedStringWithCanonicalMapping
      #expect(tips.firstRange(of: Data(summary.utf8)) != nil)
      // The informant is sealed: not in the files, the journals, the backups.
      for text in ["Nguyễn Văn Ánh".precomposedStringWithCanonicalMapping, "0912 345 678"] {
        #expect(
          filesHolding(text, under: data).isEmpty, "\(text) in \(filesHolding(text, under: data))")
      }
      try revealAndLoseTheKey(data)
    }

    /// A reader reveals the informant with a reason: recorded, then shown; without the key
    /// file the reveal is refused with its path.
    func revealAndLoseTheKey(_ data: URL) throws {
      let reason = "Xác minh nguồn tin vụ trộm"
      let run = try ConsoleRun(["--data", data.path])
      try run.terminal.keys("6")
      #expect(try run.terminal.wait(for: "Trộm cắp tài sản ở chợ Đồng", seconds: 30).found)
      try run.terminal.keys("R")
      try run.terminal.type(reason)
      try run.terminal.keys("Enter")
      let shown = try run.terminal.wait(forAll: ["Nguyễn Văn Ánh", "0912 345 678", reason])
      #expect(shown.found, "after the reveal:\n\(shown.screen)")
      try run.terminal.keys("Escape")
      try run.quit()
      let reveals = try Data(contentsOf: data.appendingPathComponent("reveals.json"))
      #expect(
        reveals.firstRange(of: Data(reason.precomposedStringWithCanonicalMapping.utf8)) != nil)
      #expect(
        filesHolding("Nguyễn Văn Ánh".precomposedStringWithCanonicalMapping, under: data).isEmpty)

      let folded =
        try JSONSerialization.jsonObject(
          with: Data(contentsOf: data.appendingPathComponent("folded.json"))) as? [String: Any]
      let province = try #require(folded?["province"] as? String)
      let keyFile = KeyRing.keyFilePath(
        province: province, account: Author.current().user, environment: Spawn.environment())
      try FileManager.default.removeItem(atPath: keyFile)
      let locked = try ConsoleRun(["--data", data.path])
      try locked.terminal.keys("6")
      #expect(try locked.terminal.wait(for: "Trộm cắp tài sản ở chợ Đồng", seconds: 30).found)
      try locked.terminal.keys("R")
      try locked.terminal.type("Thử lại")
      try locked.terminal.keys("Enter")
      let refused = try locked.terminal.wait(for: "Không có tệp khóa")
      #expect(refused.found, "without the key file:\n\(refused.screen)")
      let flat = refused.screen.replacingOccurrences(of: "\n", with: "")
      #expect(flat.contains("antq/keys/\(province)"), "\(refused.screen)")
      #expect(!refused.screen.contains("Nguyễn Văn Ánh"))
      try locked.quit()
    }

    @Test func aDateThatDoesNotExistIsRefusedAndNothingIsSaved() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("5")
      #expect(try terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi").found)
      try terminal.keys("n")
      try terminal.type("31/02/2025")
      try terminal.keys("Enter")
      #expect(try terminal.wait(for: "31/02/2025 không có").found)
      try terminal.keys("F2")
      #expect(try terminal.wait(for: "Có ô chưa đúng").found)
      try terminal.keys("Escape", "y")
      let after = try terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi")
      #expect(after.found, "the list after cancelling:\n\(after.screen)")
      try run.quit()
    }

    @Test func undoBringsBackADeletedPatrol() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let terminal = run.terminal
      try terminal.keys("5")
      let list = try terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi")
      #expect(list.found, "\(list.screen)")
      try terminal.keys("d")
      #expect(try terminal.wait(for: "Xác nhận").found)
      try terminal.keys("y")
      #expect(try terminal.wait(for: "Đã lưu.").found)
      try terminal.keys("j")
      #expect(try terminal.wait(for: "\(DemoFigures.patrolsAll2025Less1) bản ghi").found)
      try terminal.keys("u")
      #expect(try terminal.wait(for: "Đã hoàn tác").found)
      try terminal.keys("g")
      #expect(try terminal.wait(for: "\(DemoFigures.patrolsAll2025) bản ghi").found)
      try run.quit()
    }
  }
}
