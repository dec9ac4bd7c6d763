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

/// Every collection of `ProvinceData` and its file name.
enum Collections {
  static let activityFolder = "activity"

  static var registers: [CollectionFile] {
    [
      province(),
      register("communes", \.communes),
      register("residential-areas", \.residentialAreas),
      register("institutions", \.institutions),
      register("assessments", \.assessments),
      register("new-rural", \.newRural),
      register("model-types", \.modelTypes),
      register("model-sites", \.modelSites),
      register("appraisals", \.appraisals),
      register("exemplars", \.exemplars),
      register("teams", \.teams),
      register("members", \.members),
    ]
  }

  static func activity(year: Int) -> [CollectionFile] {
    [
      log("patrols", \.patrols, year) { $0.day.year },
      log("tips", \.tips, year) { $0.day.year },
      log("incidents", \.incidents, year) { $0.day.year },
      log("outreach", \.outreach, year) { $0.day.year },
      log("traffic", \.trafficDuties, year) { $0.day.year },
      log("wanted", \.wantedCases, year) { $0.day.year },
    ]
  }

  /// The years that hold at least one activity record.
  static func activityYears(_ data: ProvinceData) -> Set<Int> {
    var years = Set<Int>()
    years.formUnion(data.patrols.map(\.day.year))
    years.formUnion(data.tips.map(\.day.year))
    years.formUnion(data.incidents.map(\.day.year))
    years.formUnion(data.outreach.map(\.day.year))
    years.formUnion(data.trafficDuties.map(\.day.year))
    years.formUnion(data.wantedCases.map(\.day.year))
    return years
  }

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
