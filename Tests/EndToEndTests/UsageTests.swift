import Foundation
import Testing

@Suite struct UsageTests {
  @Test(arguments: [["--help"], ["report", "--help"], ["report", "-h"], ["demo", "--help"]])
  func helpPrintsUsageAndExits0(arguments: [String]) throws {
    let output = try BuiltBinary.run(arguments)
    #expect(output.status == 0)
    #expect(output.stdout.contains("USAGE"))
    #expect(output.stderr.isEmpty)
  }

  @Test func demoWithDataIsRefused() throws {
    let output = try BuiltBinary.run(["report", "--demo", "--data", "/nonexistent-antq"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("--demo") && output.stderr.contains("--data"))
  }

  @Test func checkOfTheDemoFindsNoBrokenRule() throws {
    let output = try BuiltBinary.run(["check", "--demo"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    #expect(output.stdout.contains("không có lỗi"))
  }
}

extension Console {
  @Suite struct FilterAndTitle {
    @Test func escClearsASubmittedFilter() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      try run.terminal.keys("2", "/")
      try run.terminal.type("dao tru")
      try run.terminal.keys("Enter")
      #expect(try run.terminal.wait(for: "1 bản ghi · lọc: dao tru").found)
      try run.terminal.keys("Escape")
      let restored = try run.terminal.wait(forAll: ["148 bản ghi", "Chí Đám"])
      #expect(restored.found, "the filter stayed:\n\(restored.screen)")
      try run.quit()
    }

    @Test func titleMarksIllustrativeDataOnce() throws {
      let run = try ConsoleRun(["--demo"])
      try run.expectDashboard()
      let title = try run.terminal.screen().split(separator: "\n").first.map(String.init) ?? ""
      #expect(title.ranges(of: "minh họa)").count == 1, "title: \(title)")
      try run.quit()
    }
  }
}
