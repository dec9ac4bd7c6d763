import ANTQCore
import ANTQStore
import ArgumentParser

/// `antq check`: reads every file of the data folder and says what is wrong.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Check the data folder; exit 0 only when it has no problem.")

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    let folder = try launch.folder(options)
    _ = try launch.load(folder)
    print(launch.catalog.format("cli.checkOK", folder.path))
  }
}
