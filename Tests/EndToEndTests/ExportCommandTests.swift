import Foundation
import Testing

/// `antq export TABLE`: the console's lists to stdout, and clear refusals.
@Suite struct ExportCommandTests {
  @Test func communesAsCSVAreTheListWithItsHeader() throws {
    let output = try BuiltBinary.run(["export", "communes", "--demo", "--lang", "en"])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.count == 149)
    #expect(lines.first?.hasPrefix("Name,Kind,Safety,") == true, "\(lines.first ?? "")")
    #expect(output.stderr.isEmpty)
  }

  @Test func theByteOrderMarkAndTheFilterAreApplied() throws {
    let output = try Spawn.run(
      BuiltBinary.url.path, ["export", "communes", "--demo", "--bom", "--filter", "dong luong"],
      environment: Spawn.environment())
    #expect(output.status == 0)
    #expect(Array(output.stdout.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: output.stdout.dropFirst(3), as: UTF8.self)
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 2)
    #expect(rows.last?.hasPrefix("Đồng Lương,") == true)
  }

  @Test func jsonIsAnArrayOfObjectsWithStableKeys() throws {
    let output = try BuiltBinary.run(["export", "patrols", "--demo", "--format", "json"])
    #expect(output.status == 0, "\(output.stderr)")
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: String]])
    #expect(rows.count == 5_373)  // every patrol of 2025, the grassroots force's or not
    #expect(Set(rows[0].keys) == ["date", "shift", "commune", "route", "people"])
  }

  @Test func badUsageIsRefusedWithExitCode2() throws {
    let unknown = try BuiltBinary.run(["export", "cows", "--demo", "--lang", "en"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("no table \"cows\""))
    #expect(unknown.stdout.isEmpty)
    let bom = try BuiltBinary.run(["export", "tips", "--demo", "--format", "json", "--bom"])
    #expect(bom.status == 2)
    let year = try BuiltBinary.run(["export", "year", "--demo", "--format", "csv"])
    #expect(year.status == 2)
    let noYear = try BuiltBinary.run(["export", "tips", "--demo", "--year", "1999"])
    #expect(noYear.status == 2)
  }
}
