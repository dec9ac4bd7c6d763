import Foundation
import Testing

/// Records saved before a rule of the law: `antq check` lists them as warnings, exits 0,
/// and changes nothing.
@Suite struct CheckWarningsTests {
  @Test func aMemberWithTheBirthYearAloneIsAWarningNotAProblem() throws {
    let folder = try TemporaryFolder()
    let data = try folder.demoProvince()
    let members = data.appendingPathComponent("members.json")
    var lines = try String(contentsOf: members, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Line 3 is the second record: drop its full birth date, as an older record holds it.
    lines[2] = lines[2].replacing(/"birthDate":"[0-9-]+",/, with: "")
    let older = Data(lines.joined(separator: "\n").utf8)
    try older.write(to: members)
    let check = try BuiltBinary.run(["check", "--data", data.path, "--lang", "en"])
    #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    #expect(check.stdout.contains("warning:"), "\(check.stdout)")
    #expect(check.stdout.contains("Law 30/2023/QH15, art. 13(1)"))
    #expect(check.stdout.contains("1 warnings"))
    #expect(try Data(contentsOf: members) == older)
  }
}
