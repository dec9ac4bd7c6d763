import ANTQCore
import ArgumentParser

/// `antq report`: the year's figures, the same code as the dashboard.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Print the year's report (text, markdown, csv or json).")

  @OptionGroup var options: CommonOptions

  @Option(help: "The year (default: the latest year with data).")
  var year: Int?

  @Option(help: "text, markdown, csv or json.")
  var format = "text"

  func run() throws {
    let launch = try Launch.prepare(options)
    guard let format = ReportFormat(rawValue: format.lowercased()) else {
      throw Failure.usage(launch.catalog.format("cli.badFormat", format))
    }
    // The Markdown report compares with the year before, so it reads every year.
    let reading = try launch.read(
      options, years: format == .markdown ? .all : year.map { .only([$0]) } ?? .latest)
    let data = reading.data
    let years = reading.years
    guard let chosen = year ?? years.last else {
      throw Failure.badData(launch.catalog["cli.noYears"])
    }
    guard years.contains(chosen) else {
      let list = years.map(String.init).joined(separator: ", ")
      throw Failure.usage(launch.catalog.format("cli.noYear", chosen, list))
    }
    let text =
      format == .markdown
      ? ReportNarrative.markdown(
        data, year: chosen, catalog: launch.catalog, illustrative: data.province.illustrative)
      : ReportRenderer.render(
        YearReport(data: data, year: chosen), format: format, catalog: launch.catalog,
        illustrative: data.province.illustrative)
    print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
  }
}
