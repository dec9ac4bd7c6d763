import Foundation
import Testing

/// A damaged, missing or empty data folder stops the program with where and what, exit 2,
/// and the damaged file is never touched.
@Suite struct DamagedDataTests {
  /// The demo written once into `folder`, to be damaged by the test.
  @Test func truncatedFileIsNamedWithItsLineAndLeftUnchanged() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let members = data.appendingPathComponent("members.json")
    let whole = try Data(contentsOf: members)
    let damaged = whole.prefix(whole.count / 2)
    try damaged.write(to: members)
    let lastLine = damaged.filter { $0 == UInt8(ascii: "\n") }.count + 1

    let report = try BuiltBinary.run(["report", "--data", data.path, "--lang", "en"])
    #expect(report.status == 2)
    #expect(report.stdout.isEmpty, "report stdout: \(report.stdout)")
    #expect(report.stderr.contains("members.json, line \(lastLine), column "), "\(report.stderr)")
    #expect(report.stderr.contains("not valid JSON"))
    // check lists every problem on stdout and sums them up on stderr.
    let check = try BuiltBinary.run(["check", "--data", data.path, "--lang", "en"])
    #expect(check.status == 2)
    #expect(check.stdout.contains("members.json, line \(lastLine), column "), "\(check.stdout)")
    #expect(check.stdout.contains("not valid JSON"))
    #expect(check.stderr.contains("problems found: 1"), "\(check.stderr)")
    #expect(try Data(contentsOf: members) == damaged)
  }

  @Test func wrongTypeIsNamedWithLineColumnAndField() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let members = data.appendingPathComponent("members.json")
    var lines = try String(contentsOf: members, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Line 3 is the second record; its first field is "admissionDecision", a string.
    try #require(lines[2].hasPrefix("{\"admissionDecision\":\""), "unexpected line: \(lines[2])")
    lines[2] = lines[2].replacing(
      /^\{"admissionDecision":"[^"]*"/, with: "{\"admissionDecision\":5")
    let damaged = Data(lines.joined(separator: "\n").utf8)
    try damaged.write(to: members)

    let output = try BuiltBinary.run(["report", "--data", data.path, "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("members.json, line 3, column 22"), "\(output.stderr)")
    #expect(output.stderr.contains("\"admissionDecision\""))
    #expect(try Data(contentsOf: members) == damaged)
  }

  @Test func missingFolderSaysHowToCreateTheDemo() throws {
    let folder = try TemporaryFolder()
    let missing = folder.child("nowhere")
    let output = try BuiltBinary.run(["report", "--data", missing.path, "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("does not exist"), "\(output.stderr)")
    #expect(output.stderr.contains("antq demo --out \(missing.path)"))
    #expect(!FileManager.default.fileExists(atPath: missing.path))
  }

  @Test func emptyFolderSaysItHoldsNoData() throws {
    let folder = try TemporaryFolder()
    let output = try BuiltBinary.run(["report", "--data", folder.path, "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("holds no data"), "\(output.stderr)")
    #expect(try folder.contents().isEmpty)
  }
}
