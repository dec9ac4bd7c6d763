import Foundation
import Testing

/// `antq report --format json`, parsed.
struct JSONReport {
  let object: [String: Any]
  let text: String

  init(_ text: String) throws {
    self.text = text
    let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
    object = try #require(parsed as? [String: Any], "the report is not one JSON object: \(text)")
  }

  /// The demo's report for `year` (the latest when nil).
  static func demo(year: Int? = nil) throws -> JSONReport {
    var arguments = ["report", "--demo", "--format", "json"]
    if let year { arguments += ["--year", String(year)] }
    let output = try BuiltBinary.run(arguments)
    #expect(output.status == 0, "\(arguments): \(output.stderr)")
    return try JSONReport(output.stdout)
  }

  func int(_ key: String) -> Int { (object[key] as? NSNumber)?.intValue ?? -1 }
}
