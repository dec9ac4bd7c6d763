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
  /// Encodes the file's part of the data; with the file as it is, reuses its unchanged records.
  let encode: @Sendable (ProvinceData, RecordReuse.Previous?) throws -> Data
  /// A kind added after folders were first written: no file means no records.
  var optional = false

  typealias Apply = @Sendable (inout ProvinceData) -> Void
}

/// Every collection of `ProvinceData` and its file name. Schema 2 keeps everything dated by
/// year under `activity/<year>/`: the six activity logs and the two yearly registers
/// (assessments, appraisals). Schema 1 kept the yearly registers at the top level.
enum Collections {
  static let activityFolder = "activity"

  static var registers: [CollectionFile] {
    [province()] + RecordTypes.all.filter { !$0.isDated }.map { $0.registerFile }
  }

  /// The yearly registers a schema-1 folder kept at the top level, every year in one file.
  static let legacyYearly = ["assessments", "appraisals"]

  /// One year's files. `skipping` names collections read from a schema-1 top-level file
  /// instead (a folder not yet upgraded, or upgraded up to the removal of the old files).
  static func yearly(year: Int, skipping: Set<String> = []) -> [CollectionFile] {
    RecordTypes.dated.filter { !skipping.contains($0.collectionName) }.map { $0.yearFile(year) }
  }

  /// The schema-1 top-level files of the yearly registers, all years in each.
  static func legacy(_ names: Set<String>) -> [CollectionFile] {
    RecordTypes.dated.filter {
      legacyYearly.contains($0.collectionName) && names.contains($0.collectionName)
    }.map { $0.registerFile }
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
      // The province has no id: its one record is matched with the old file's id-less one.
      encode: { data, previous in
        try EnvelopeWriter.encode(
          [data.province], collection: "province", year: nil, reusing: previous, id: { _ in "" })
      })
  }
}

extension RecordType {
  /// The kind's one file at the top of the folder.
  fileprivate static var registerFile: CollectionFile {
    let name = collectionName
    var file = CollectionFile(
      relativePath: "\(name).json", collection: name, year: nil,
      decode: { (data, file) throws(StoreError) in
        let records = try JSONFileDecoder.decode(
          Envelope<Self>.self, from: data, file: file, expectedCollection: name
        ).records
        return { $0[keyPath: Self.records] = records }
      },
      encode: { data, previous in
        try EnvelopeWriter.encode(
          data[keyPath: Self.records], collection: name, year: nil, reusing: previous)
      })
    file.optional = fileMayBeMissing
    return file
  }

  /// The kind's file of one year, under `activity/<year>/`.
  fileprivate static func yearFile(_ year: Int) -> CollectionFile {
    let name = collectionName
    var file = CollectionFile(
      relativePath: "\(Collections.activityFolder)/\(year)/\(name).json", collection: name,
      year: year,
      decode: { (data, file) throws(StoreError) in
        let records = try JSONFileDecoder.decode(
          Envelope<Self>.self, from: data, file: file, expectedCollection: name
        ).records
        return { $0[keyPath: Self.records] += records }
      },
      encode: { data, previous in
        try EnvelopeWriter.encode(
          data[keyPath: Self.records].filter { $0.fileYear == year }, collection: name,
          year: year, reusing: previous)
      })
    file.optional = fileMayBeMissing
    return file
  }
}
