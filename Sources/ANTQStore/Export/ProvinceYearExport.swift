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
    // most of the export's time building and sorting a tree of boxed values.
    func records<R: Encodable & Identifiable>(_ kind: String, _ list: [R]) throws
    where R.ID == String {
      let kindField = Array("{\"kind\":\"\(kind)\"".utf8) + head
      for record in list {
        out += kindField
        JSONBytes.string(record.id, into: &out)
        out += Array(",\"record\":".utf8)
        try FastJSONEncoder.encode(record, into: &out)
        out += [UInt8(ascii: "}"), 0x0A]
      }
    }
    try records("communes", written.communes)
    try records("residential-areas", written.residentialAreas)
    try records("institutions", written.institutions)
    try records("new-rural", written.newRural)
    try records("model-types", written.modelTypes)
    try records("model-sites", written.modelSites)
    try records("exemplars", written.exemplars)
    try records("teams", written.teams)
    try records("members", written.members)
    try records("assessments", written.assessments.filter { $0.year == year })
    try records("appraisals", written.appraisals.filter { $0.year == year })
    try records("patrols", written.patrols.filter { $0.day.year == year })
    try records(
      "tips",
      written.tips.filter { $0.day.year == year }.map {
        var tip = $0
        tip.informant = nil
        tip.sealedIdentity = nil
        return tip
      })
    try records("incidents", written.incidents.filter { $0.day.year == year })
    try records("outreach", written.outreach.filter { $0.day.year == year })
    try records("traffic", written.trafficDuties.filter { $0.day.year == year })
    try records("wanted", written.wantedCases.filter { $0.day.year == year })
    // People under management and education files name private persons: not exported.
    try records("rescues", written.rescues.filter { $0.day.year == year })
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
