import ANTQCore
import ANTQStore
import ArgumentParser

/// `antq check`: reads every file of the data folder and lists every problem it finds:
/// damaged files, dangling references and duplicate ids, tips not sealed to the readers there
/// are now, then records that break a rule.
/// With `--demo`, checks the generated demo province against the rules.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Check the data folder; exit 0 only when it has no problem.")

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    if options.demo {
      let issues = Validator.checkAll(try launch.demoProvince(), today: .today())
      try report(issues, in: launch.catalog["cli.demoName"], launch)
      return
    }
    let folder = try launch.folder(options)
    do {
      if try folder.status() == .missing {
        throw Failure.usage(launch.catalog.format("cli.dataMissing", folder.path))
      }
      try launch.refuseUnsafe(folder)
    } catch let error as StoreError {
      throw launch.failure(error)
    }
    // The rules and the seals are checked on the province as the check read it: the folder
    // is read once.
    let look = FolderCheck.look(at: folder)
    var problems = look.problems.map { $0.message(catalog: launch.catalog) }
    var issues: [ValidationIssue] = []
    if problems.isEmpty { issues = Validator.checkAll(look.data, today: .today()) }
    if let sealing = FolderProblem.sealing(of: look.data) {
      problems.append(sealing.message(catalog: launch.catalog))
    }
    try report(issues, in: folder.path, launch, problems: problems)
  }

  /// Prints every problem, then the warnings about records saved before a rule; exit 0
  /// only when there is no problem (warnings alone do not fail).
  private func report(
    _ issues: [ValidationIssue], in place: String, _ launch: Launch, problems: [String] = []
  ) throws {
    let errors = problems + issues.filter { $0.severity == .error }.map(launch.describe)
    let warnings = issues.filter { $0.severity == .warning }.map {
      launch.catalog.format("cli.checkWarning", launch.describe($0))
    }
    for line in errors + warnings { print(line) }
    guard errors.isEmpty else {
      throw Failure.badData(launch.catalog.format("cli.checkProblems", place, errors.count))
    }
    if warnings.isEmpty {
      print(launch.catalog.format("cli.checkOK", place))
    } else {
      print(launch.catalog.format("cli.checkWarnings", place, warnings.count))
    }
  }
}
