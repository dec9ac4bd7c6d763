import Foundation
import Testing

/// `antq demo --out DIR`: writes the demo province, which then reads back as the same report.
@Suite struct DemoCommandTests {
  @Test func writtenFolderGivesTheSameReportAsTheBundledDemo() throws {
    let folder = try TemporaryFolder()
    let target = folder.child("province")
    let written = try BuiltBinary.run(["demo", "--out", target.path])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.contains(target.path))
    let files = try FileManager.default.contentsOfDirectory(atPath: target.path)
    #expect(files.contains("members.json") && files.contains("province.json"), "\(files)")

    let fromFolder = try BuiltBinary.run(["report", "--data", target.path, "--format", "json"])
    #expect(fromFolder.status == 0, "\(fromFolder.stderr)")
    #expect(fromFolder.stdout == (try JSONReport.demo()).text)

    let check = try BuiltBinary.run(["check", "--data", target.path])
    #expect(check.status == 0, "\(check.stderr)")
  }

  @Test func refusesANonEmptyFolderAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    let note = folder.child("note.txt")
    try Data("keep me\n".utf8).write(to: note)
    let output = try BuiltBinary.run(["demo", "--out", folder.path])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains(folder.path), "stderr: \(output.stderr)")
    #expect(try folder.contents() == ["note.txt"])
    #expect(try Data(contentsOf: note) == Data("keep me\n".utf8))
  }
}

extension Console {
  /// The console opened on a folder `antq demo --out` wrote.
  @Suite struct DataFolder {
    @Test func consoleOnTheWrittenFolderShowsTheDemoFigures() throws {
      let folder = try TemporaryFolder()
      let target = try folder.demoProvince()
      let run = try ConsoleRun(["--data", target.path])
      try run.expectDashboard()
      try run.terminal.keys("2")
      #expect(try run.terminal.wait(forAll: ["Chí Đám", "148 bản ghi"]).found)
      try run.quit()
    }
  }
}
