import Foundation
import Testing

/// `antq report`: the year's figures in four formats, and clear refusals.
@Suite struct ReportCommandTests {
  @Test func jsonIsOneObjectWithTheDocumentedKeysAndTheDemoFigures() throws {
    let report = try JSONReport.demo()
    #expect(Set(report.object.keys) == Set(DemoFigures.reportKeys))
    #expect(report.object.count == DemoFigures.reportKeys.count)
    for (key, value) in DemoFigures.report2025 {
      #expect(report.int(key) == value, "\(key)")
    }
    #expect(report.int("year") == 2025)
    let province = report.object["province"] as? String
    #expect(province?.isEmpty == false, "province: \(String(describing: province))")
  }

  @Test func theLawsKeysAreIntegersBesideTheForcesFigures() throws {
    let report = try JSONReport.demo()
    for key in DemoFigures.lawKeys { #expect(report.int(key) >= 0, "\(key)") }
    for key in ["tips", "incidentsResolved", "outreachSessions", "patrols", "trafficDuties"] {
      #expect(report.int(key + "All") > report.int(key), "\(key)All")
    }
    #expect((1000...9999).contains(report.int("peopleManaged")))
    #expect((100...999).contains(report.int("educationFiles")))
    #expect(report.int("tipsForwardedLate") > 0)
    #expect(report.int("cameras") >= 66)
    #expect(report.int("schoolsOutOfScope") > 0)
  }

  @Test(arguments: ["text", "markdown"])
  func readableFormatsShowTheSafeCommuneShare(format: String) throws {
    let output = try BuiltBinary.run(["report", "--demo", "--format", format])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("128 / 148"))
    #expect(output.stdout.contains("86,48 %"))
    #expect(output.stdout.contains("33.104"))
    #expect(output.stderr.isEmpty)
  }

  @Test func csvHasOneRowPerFigureWithItsKey() throws {
    let output = try BuiltBinary.run(["report", "--demo", "--format", "csv"])
    #expect(output.status == 0, "\(output.stderr)")
    // RFC 4180 lines end in CR LF, one Character in Swift: split on either.
    let rows = output.stdout.split(whereSeparator: \.isNewline).map(String.init)
    #expect(rows.first == "key,label,value")
    for (key, value) in DemoFigures.report2025 {
      #expect(
        rows.contains { $0.hasPrefix(key + ",") && $0.hasSuffix(",\(value)") }, "row \(key)")
    }
  }

  @Test func englishTextUsesEnglishNumbers() throws {
    let output = try BuiltBinary.run(["report", "--demo", "--lang", "en"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("Communes and wards"))
    #expect(output.stdout.contains("128 / 148 (86.48%)"))
  }

  @Test func year2024DiffersFrom2025() throws {
    let latest = try JSONReport.demo()
    let earlier = try JSONReport.demo(year: 2024)
    #expect(earlier.int("year") == 2024)
    #expect(Set(earlier.object.keys) == Set(latest.object.keys))
    #expect(earlier.text != latest.text)
    #expect(earlier.int("communesSafe") != latest.int("communesSafe"))
    #expect(earlier.int("communes") == latest.int("communes"))
  }

  @Test(arguments: [
    (["--format", "xml"], "xml"),
    (["--year", "1999"], "1999"),
    (["--lang", "fr"], "fr"),
    (["--bogus"], "--bogus"),
    (["--year", "abc"], "abc"),
  ])
  func badUsageExits2WithAMessageAndNothingOnStdout(extra: [String], named: String) throws {
    let output = try BuiltBinary.run(["report", "--demo"] + extra)
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty, "stdout: \(output.stdout)")
    #expect(output.stderr.contains(named), "stderr: \(output.stderr)")
  }

  @Test func unknownYearListsTheYearsWithData() throws {
    let output = try BuiltBinary.run(["report", "--demo", "--year", "1999", "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("2024, 2025"), "stderr: \(output.stderr)")
  }
}
