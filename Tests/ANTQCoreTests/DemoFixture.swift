import ANTQCore
import Foundation

/// The bundled demo description and the province generated from it, made once per run.
enum DemoFixture {
  static let repoRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static let description: DemoDescription = {
    let url = repoRoot.appendingPathComponent("assets/demo/description.json")
    let data = try! Data(contentsOf: url)
    return try! JSONDecoder().decode(DemoDescription.self, from: data)
  }()

  static let data: ProvinceData = DemoGenerator.generate(description)

  static func catalog(_ language: Language, _ files: [String] = ["report", "validation"]) -> Catalog
  {
    var strings: [String: String] = [:]
    for file in files {
      let url = repoRoot.appendingPathComponent("assets/i18n/\(language.rawValue)/\(file).json")
      let data = try! Data(contentsOf: url)
      strings.merge(try! JSONDecoder().decode([String: String].self, from: data)) { a, _ in a }
    }
    return Catalog(language: language, strings: strings)
  }

  static let endOf2025 = Day(year: 2025, month: 12, day: 31)!
}
