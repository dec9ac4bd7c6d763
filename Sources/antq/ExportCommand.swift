import ANTQCore
import ANTQTUI
import ArgumentParser
import Foundation

/// `antq export TABLE`: one of the console's lists, as the list shows it, to stdout.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Print one of the console's lists as CSV, JSON or JSON Lines.",
    discussion: "TABLE: \(ExportTables.names.joined(separator: ", ")); or year (--format jsonl).")

  @Argument(help: "The list to export.")
  var table: String

  @OptionGroup var options: CommonOptions
  @OptionGroup var signIn: SignInOptions

  @Option(help: "The year (default: the latest year with data).")
  var year: Int?

  @Option(help: "Only the rows containing every word of TEXT, accents optional, as / does.")
  var filter = ""

  @Option(help: "csv, json or jsonl.")
  var format = "csv"

  @Flag(help: "Start the CSV with a byte-order mark (for spreadsheet programs).")
  var bom = false

  func run() throws {
    let launch = try Launch.prepare(options)
    let catalog = launch.catalog
    guard let format = ExportFormat(rawValue: format.lowercased()) else {
      throw Failure.usage(catalog.format("cli.export.badFormat", format))
    }
    guard table == "year" || ExportTables.names.contains(table) else {
      let names = (ExportTables.names + ["year"]).joined(separator: ", ")
      throw Failure.usage(catalog.format("cli.export.unknownTable", table, names))
    }
    if bom && format != .csv { throw Failure.usage(catalog["cli.export.bomOnlyCSV"]) }
    let reading = try launch.read(options, years: year.map { .only([$0]) } ?? .latest)
    guard let chosen = year ?? reading.years.last else {
      throw Failure.badData(catalog["cli.noYears"])
    }
    guard reading.years.contains(chosen) else {
      let list = reading.years.map(String.init).joined(separator: ", ")
      throw Failure.usage(catalog.format("cli.noYear", chosen, list))
    }
    // A clerk exports what their lists show: their communes' records, the others' as counts.
    let reader = try SignInFlow(launch: launch, asked: signIn.user).reader(
      of: reading.data, folder: options.demo ? nil : try launch.folder(options))
    let bytes: [UInt8]
    if table == "year" {
      bytes = try ProvinceYearCommand.export(
        reading.data, year: chosen, format: format, writing: reading.data.narrowed(for: reader),
        launch)
    } else {
      var context = AppContext(
        data: reading.data, year: chosen, catalog: catalog, today: .today(), now: .now())
      context.account = reader?.id
      let exported = ExportTables.table(table, context: context, filter: filter)!
      bytes = format.encode(exported, byteOrderMark: bom)
    }
    FileHandle.standardOutput.write(Data(bytes))
  }
}
