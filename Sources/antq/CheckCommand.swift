import ANTQCore
import ANTQStore
import ArgumentParser

/// `antq check`: reads every file of the data folder and lists every problem it finds:
/// damaged files, dangling references and duplicate ids, then records that break a rule.
/// With `--demo`, checks the generated demo province against the rules.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Check the data folder; exit 0 only when it has no problem.")

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    if options.demo {
      let issues = Validator.checkAll(try launch.demoProvince(), today: .today())
      try report(issues.map(launch.describe), in: launch.catalog["cli.demoName"], launch)
      return
    }
    let folder = try launch.folder(options)
    do {
      if try folder.status() == .missing {
        throw Failure.usage(launch.catalog.format("cli.dataMissing", folder.path))
      }
    } catch let error as StoreError {
      throw launch.failure(error)
    }
    var problems = FolderCheck.run(folder).map { $0.message(catalog: launch.catalog) }
    if problems.isEmpty, let reading = try? launch.read(folder) {
      problems = Validator.checkAll(reading.data, today: .today()).map(launch.describe)
    }
    try report(problems, in: folder.path, launch)
  }

  /// Prints every problem; exit 0 only when there is none.
  private func report(_ problems: [String], in place: String, _ launch: Launch) throws {
    guard !problems.isEmpty else {
      print(launch.catalog.format("cli.checkOK", place))
      return
    }
    for problem in problems { print(problem) }
    throw Failure.badData(launch.catalog.format("cli.checkProblems", place, problems.count))
  }
}
