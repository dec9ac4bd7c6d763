import ANTQCore
import ANTQStore
import ANTQTUI

/// `antq export year`: the province-year for the ministry (JSON Lines only).
enum ProvinceYearCommand {
  /// `writing`: the records a clerk may export; the figures are the whole province's.
  static func export(
    _ data: ProvinceData, year: Int, format: ExportFormat, writing: ProvinceData? = nil,
    _ launch: Launch
  ) throws -> [UInt8] {
    guard format == .jsonl else { throw Failure.usage(launch.catalog["cli.export.yearJSONL"]) }
    do {
      return try ProvinceYearExport.jsonl(data, year: year, writing: writing)
    } catch {
      throw Failure.other(launch.catalog.format("cli.fatal", "\(error)"))
    }
  }
}
