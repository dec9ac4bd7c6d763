import ANTQCore
import Foundation

/// `antq export year --format jsonl`: one province-year for the ministry's roll-up, as JSON
/// Lines (docs/ministry/export.schema.json). The first line is the header (province, year,
/// schema version); the second the year's figures, exactly as `antq report --format json`
/// gives them; then one line per record, each keyed by province, kind and record id, in the
/// data files' own form. The registers come whole, dated records only for the year. Tips
/// leave without their informant.
public enum ProvinceYearExport {
  public static let schemaVersion = 1
  /// Records encoded per job: enough to outweigh handing the job to a core.
  static let chunkSize = 2_000

  /// `writing`: the records to write when they are not all of `data` (a clerk's export);
  /// the figures are the whole province's either way.
  public static func jsonl(_ data: ProvinceData, year: Int, writing: ProvinceData? = nil) throws
    -> [UInt8]
  {
    let province = data.province.name
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var out: [UInt8] = []
    out += try encoder.encode(Header(province: province, year: year, schema: schemaVersion))
    out.append(0x0A)
    out += try encoder.encode(
      Figures(province: province, year: year, figures: YearReport(data: data, year: year)))
    let written = writing ?? data
    out.append(0x0A)
    let head =
      Array(",\"province\":".utf8) + (try encoder.encode(province))
      + Array(",\"year\":\(year),\"id\":".utf8)
    // Records are written straight to bytes (`FastJSONEncoder`): Foundation's encoder took
    // most of the export's time building and sorting a tree of boxed values. Each kind's
    // records are encoded in chunks on every core and joined in order.
    var chunks: [@Sendable () throws -> [UInt8]] = []
    func records<R: Encodable & Identifiable & Sendable>(_ kind: String, _ list: [R])
    where R.ID == String {
      let kindField = Array("{\"kind\":\"\(kind)\"".utf8) + head
      for start in stride(from: 0, to: list.count, by: chunkSize) {
        let chunk = list[start..<min(list.count, start + chunkSize)]
        chunks.append {
          var out: [UInt8] = []
          for record in chunk {
            out += kindField
            JSONBytes.string(record.id, into: &out)
            out += Array(",\"record\":".utf8)
            try FastJSONEncoder.encode(record, into: &out)
            out += [UInt8(ascii: "}"), 0x0A]
          }
          return out
        }
      }
    }
    records("communes", written.communes)
    records("residential-areas", written.residentialAreas)
    records("institutions", written.institutions)
    records("new-rural", written.newRural)
    records("model-types", written.modelTypes)
    records("model-sites", written.modelSites)
    records("exemplars", written.exemplars)
    records("teams", written.teams)
    records("members", written.members)
    records("assessments", written.assessments.filter { $0.year == year })
    records("appraisals", written.appraisals.filter { $0.year == year })
    records("patrols", written.patrols.filter { $0.day.year == year })
    records(
      "tips",
      written.tips.filter { $0.day.year == year }.map {
        var tip = $0
        tip.informant = nil
        tip.sealedIdentity = nil
        return tip
      })
    records("incidents", written.incidents.filter { $0.day.year == year })
    records("outreach", written.outreach.filter { $0.day.year == year })
    records("traffic", written.trafficDuties.filter { $0.day.year == year })
    records("wanted", written.wantedCases.filter { $0.day.year == year })
    // People under management and education files name private persons: not exported.
    records("rescues", written.rescues.filter { $0.day.year == year })
    let encoded = parallelMap(chunks) { chunk in Result { try chunk() } }
    out.reserveCapacity(out.count + encoded.reduce(0) { $0 + ((try? $1.get())?.count ?? 0) })
    for chunk in encoded { out += try chunk.get() }
    return out
  }

  private struct Header: Encodable {
    let kind = "header"
    let province: String
    let year: Int
    let schema: Int
  }

  private struct Figures: Encodable {
    let kind = "figures"
    let province: String
    let year: Int
    let figures: YearReport
  }

}
