import ANTQCore
import ANTQSecurity
import ANTQStore
import ArgumentParser
import Foundation

/// `antq import TABLE FILE.csv`: adds a register's rows from a CSV file, all or none.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Add members, areas, institutions or teams from a CSV file (all rows or none).",
    discussion: "TABLE: \(ImportTable.allCases.map(\.rawValue).joined(separator: ", ")).")

  @Argument(help: "What the file holds.")
  var table: String

  @Argument(help: "The CSV file (UTF-8, header on the first line).")
  var file: String

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    let catalog = launch.catalog
    guard let kind = ImportTable(rawValue: table) else {
      let names = ImportTable.allCases.map(\.rawValue).joined(separator: ", ")
      throw Failure.usage(catalog.format("cli.import.unknownTable", table, names))
    }
    if options.demo { throw Failure.usage(catalog["cli.import.notDemo"]) }
    guard let bytes = FileManager.default.contents(atPath: file) else {
      throw Failure.usage(catalog.format("cli.import.cannotRead", file))
    }
    let folder = try launch.folder(options)
    _ = try launch.read(folder, years: .latest)  // says what to do with a missing folder
    let store: ProvinceStore
    do throws(StoreError) {
      store = try ProvinceStore.open(folder: folder.url, mode: .readWrite, years: .latest)
      store.sealer = IdentitySealer()
    } catch {
      throw launch.failure(error)
    }
    defer { try? store.close() }
    switch CSVImport.plan(kind, bytes: [UInt8](bytes), into: store.data, today: .today()) {
    case .failure(let failed):
      let problems = failed.all
      let lines = problems.map { ImportMessages.describe($0, file: file, catalog) }
      throw Failure.badData(
        (lines + [catalog.format("cli.import.nothing", problems.count)]).joined(separator: "\n"))
    case .success(let plan):
      do throws(StoreError) {
        // One change set: all or nothing, one fsync.
        try store.record(all: plan.changes)
      } catch {
        throw launch.failure(error)
      }
      print(catalog.format("cli.import.done", plan.changes.count, plan.unchanged, file))
    }
  }
}
