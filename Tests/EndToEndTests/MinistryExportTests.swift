import ANTQCore
import ANTQStore
import Foundation
import Testing

/// `antq export year --format jsonl` checked against docs/ministry/export.schema.json by
/// Python's `jsonschema`, and the roll-up of two provinces in a real PostgreSQL.
@Suite(.serialized) struct MinistryExportTests {
  static let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "docs/ministry")

  /// Validates a sample of FILE (header, figures, the first 300 lines of every kind) and
  /// checks that the schema refuses a tip carrying its informant.
  static let validator = """
    import json, sys
    from jsonschema import Draft202012Validator
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema)
    seen, tip = {}, None
    for n, line in enumerate(open(sys.argv[2], encoding="utf-8"), 1):
        obj = json.loads(line)
        kind = obj.get("kind")
        if n == 1 and kind != "header": sys.exit("line 1 is not the header")
        if n == 2 and kind != "figures": sys.exit("line 2 is not the figures")
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] > 300: continue
        if kind == "tips" and tip is None: tip = obj
        for e in v.iter_errors(obj): sys.exit(f"line {n}: {e.message}")
    tip["record"]["informant"] = {"name": "A", "phone": "1", "address": "B"}
    if v.is_valid(tip): sys.exit("a tip with its informant passed")
    print(" ".join(sorted(seen)))
    """

  @Test func theProvinceYearMatchesItsPublishedSchema() throws {
    let folder = try TemporaryFolder()
    let file = folder.child("province.jsonl")
    let export = try Spawn.run(
      BuiltBinary.url.path, ["export", "year", "--demo", "--format", "jsonl"],
      environment: Spawn.environment())
    #expect(export.status == 0, "\(String(decoding: export.stderr, as: UTF8.self))")
    try export.stdout.write(to: file)
    let check = try Spawn.run(
      Spawn.which("python3"),
      [
        "-c", Self.validator, Self.docs.appendingPathComponent("export.schema.json").path,
        file.path,
      ],
      environment: Spawn.environment())
    let said = String(decoding: check.stderr + check.stdout, as: UTF8.self)
    if said.contains("No module named 'jsonschema'") {
      Issue.record("Python's jsonschema is missing: pip install jsonschema")
      return
    }
    #expect(check.status == 0, "\(said)")
    #expect(
      said.contains("communes") && said.contains("tips") && said.contains("wanted"), "\(said)")
  }

  @Test func theRollUpOfTwoProvincesIsTheSumOfTheirReports() throws {
    guard let server = try PostgresServer.start() else { return }
    defer { server.stop() }
    let folder = try TemporaryFolder()
    let provinces = try Self.twoProvinces(in: folder)
    var files: [String] = []
    var expected: [String: Int] = [:]
    for (index, data) in provinces.enumerated() {
      let dataFolder = folder.child("p\(index)")
      try DataFolder(dataFolder).save(data)
      let export = try Spawn.run(
        BuiltBinary.url.path,
        ["export", "year", "--data", dataFolder.path, "--year", "2025", "--format", "jsonl"],
        environment: Spawn.environment())
      #expect(export.status == 0)
      let file = folder.child("p\(index).jsonl")
      try export.stdout.write(to: file)
      files.append(file.path)
      let report = try Spawn.run(
        BuiltBinary.url.path,
        ["report", "--data", dataFolder.path, "--year", "2025", "--format", "json"],
        environment: Spawn.environment())
      let object = try #require(
        try JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])
      for (key, value) in object where key != "year" {
        if let number = value as? Int { expected[key, default: 0] += number }
      }
    }
    let load = try server.run(Self.docs.appendingPathComponent("load.sh").path, files)
    #expect(load.status == 0, "\(String(decoding: load.stderr, as: UTF8.self))")
    let rollup = try server.run(
      Spawn.which("psql"),
      ["-X", "--csv", "-f", Self.docs.appendingPathComponent("rollup.sql").path])
    let lines = String(decoding: rollup.stdout, as: UTF8.self).split(separator: "\n")
    #expect(rollup.status == 0 && lines.count == 2, "\(lines)")
    guard lines.count == 2 else { return }
    let header = lines[0].split(separator: ",").map(String.init)
    let values = lines[1].split(separator: ",").compactMap { Int($0) }
    #expect(header.first == "year" && values.first == 2025)
    #expect(Set(header.dropFirst()) == Set(expected.keys))
    for (key, value) in zip(header, values) where key != "year" {
      #expect(expected[key] == value, "\(key)")
    }
    #expect(expected["patrols"] != 2 * 4_885, "the second province differs from the first")
  }

  /// The demo, and a second province from it with another name, every other commune and the
  /// records of those communes only.
  static func twoProvinces(in folder: TemporaryFolder) throws -> [ProvinceData] {
    let assets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("assets")
    let description = try CatalogLoader.loadJSON(
      DemoDescription.self, from: assets.appendingPathComponent("demo/description.json"))
    var first = DemoGenerator.generate(description)
    // Files carry identities only sealed (the year's export leaves them out anyway).
    for index in first.tips.indices where first.tips[index].informant != nil {
      first.tips[index].informant = nil
      first.tips[index].sealedIdentity = SealedIdentity(box: "c2VhbGVk", keys: ["lanhdao": "a2V5"])
    }
    var second = first
    second.province.name = "Tỉnh Thử Nghiệm"
    second.patrols = first.patrols.enumerated().filter { $0.offset % 3 != 0 }.map(\.element)
    second.tips = first.tips.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
    second.members = first.members.enumerated().filter { $0.offset % 4 != 0 }.map(\.element)
    return [first, second]
  }
}
