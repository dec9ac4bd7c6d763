import ANTQCore
import Foundation

/// One data file: where it lives in the folder, how to decode it into `ProvinceData`, and how to
/// encode its part of a `ProvinceData`.
struct CollectionFile: Sendable {
  /// Relative to the data folder: "teams.json", "activity/2025/tips.json".
  let relativePath: String
  let collection: String
  let year: Int?
  /// Decodes the file's bytes and returns how to put its records into the province data.
  let decode: @Sendable (Data, String) throws(StoreError) -> Apply
  let encode: @Sendable (ProvinceData) throws -> Data

  typealias Apply = @Sendable (inout ProvinceData) -> Void
}

/// Every collection of `ProvinceData` and its file name. Schema 2 keeps everything dated by
/// year under `activity/<year>/`: the six activity logs and the two yearly registers
/// (assessments, appraisals). Schema 1 kept the yearly registers at the top level.
enum Collections {
  static let activityFolder = "activity"

  static var registers: [CollectionFile] {
    [
      province(),
      register("communes", \.communes),
      register("residential-areas", \.residentialAreas),
      register("institutions", \.institutions),
      register("new-rural", \.newRural),
      register("model-types", \.modelTypes),
      register("model-sites", \.modelSites),
      register("exemplars", \.exemplars),
      register("teams", \.teams),
      register("members", \.members),
    ]
  }

  /// The yearly registers a schema-1 folder kept at the top level, every year in one file.
  static let legacyYearly = ["assessments", "appraisals"]

  /// One year's files. `skipping` names collections read from a schema-1 top-level file
  /// instead (a folder not yet upgraded, or upgraded up to the removal of the old files).
  static func yearly(year: Int, skipping: Set<String> = []) -> [CollectionFile] {
    [
      log("patrols", \.patrols, year) { $0.day.year },
      log("tips", \.tips, year) { $0.day.year },
      log("incidents", \.incidents, year) { $0.day.year },
      log("outreach", \.outreach, year) { $0.day.year },
      log("traffic", \.trafficDuties, year) { $0.day.year },
      log("wanted", \.wantedCases, year) { $0.day.year },
      log("assessments", \.assessments, year) { $0.year },
      log("appraisals", \.appraisals, year) { $0.year },
    ].filter { !skipping.contains($0.collection) }
  }

  /// The schema-1 top-level files of the yearly registers, all years in each.
  static func legacy(_ names: Set<String>) -> [CollectionFile] {
    var files: [CollectionFile] = []
    if names.contains("assessments") { files.append(register("assessments", \.assessments)) }
    if names.contains("appraisals") { files.append(register("appraisals", \.appraisals)) }
    return files
  }

  /// The years that hold at least one dated record.
  static func activityYears(_ data: ProvinceData) -> Set<Int> { Set(data.years) }

  /// province.json holds a single record, the province itself.
  private static func province() -> CollectionFile {
    CollectionFile(
      relativePath: "province.json", collection: "province", year: nil,
      decode: { (data, file) throws(StoreError) in
        let envelope = try JSONFileDecoder.decode(
          Envelope<Province>.self, from: data, file: file, expectedCollection: "province")
        guard envelope.records.count == 1, let province = envelope.records.first else {
          throw StoreError.invalidField(
            file: file, record: nil, id: nil, field: "records",
            position: TextPosition(line: 1, column: 1),
            problem: .invalid(detail: "exactly one province, found \(envelope.records.count)"))
        }
        return { $0.province = province }
      },
      encode: { try EnvelopeWriter.encode([$0.province], collection: "province", year: nil) })
  }

  private static func register<Record: Codable & Sendable>(
    _ name: String, _ keyPath: WritableKeyPath<ProvinceData, [Record]> & Sendable
  ) -> CollectionFile {
    CollectionFile(
      relativePath: "\(name).json", collection: name, year: nil,
      decode: { (data, file) throws(StoreError) in
        let records = try JSONFileDecoder.decode(
          Envelope<Record>.self, from: data, file: file, expectedCollection: name
        ).records
        return { $0[keyPath: keyPath] = records }
      },
      encode: { try EnvelopeWriter.encode($0[keyPath: keyPath], collection: name, year: nil) })
  }

  private static func log<Record: Codable & Sendable>(
    _ name: String, _ keyPath: WritableKeyPath<ProvinceData, [Record]> & Sendable, _ year: Int,
    _ yearOf: @escaping @Sendable (Record) -> Int
  ) -> CollectionFile {
    CollectionFile(
      relativePath: "\(activityFolder)/\(year)/\(name).json", collection: name, year: year,
      decode: { (data, file) throws(StoreError) in
        let records = try JSONFileDecoder.decode(
          Envelope<Record>.self, from: data, file: file, expectedCollection: name
        ).records
        return { $0[keyPath: keyPath] += records }
      },
      encode: {
        try EnvelopeWriter.encode(
          $0[keyPath: keyPath].filter { yearOf($0) == year }, collection: name, year: year)
      })
  }
}
