import ANTQCore
import ANTQStore
import ArgumentParser
import Foundation

/// `antq sync OTHER --data THIS`: exchanges the changes two copies of the province lack —
/// an office's copy on a USB stick and the province's folder, or any two — and lists the
/// records both sides changed apart, to be decided in the console.
struct SyncCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sync",
    abstract: "Bring the changes of another copy of the province in, and this copy's out.")

  @Argument(help: "The other copy's folder (an office's copy, a USB stick, a share).")
  var other: String

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    guard !options.demo else { throw Failure.usage(launch.catalog["cli.syncDemo"]) }
    let this = try launch.folder(options)
    let that = DataFolder(URL(fileURLWithPath: other))
    let report: FolderSync.Report
    do {
      for folder in [this, that] where try folder.status() != .populated {
        throw Failure.usage(launch.catalog.format("cli.dataEmpty", folder.path))
      }
      report = try FolderSync.sync(this, with: that)
    } catch let error as StoreError {
      throw launch.failure(error)
    }
    let catalog = launch.catalog
    print(catalog.format("cli.syncDone", report.received, report.sent, this.path, that.path))
    for name in report.forked { print(catalog.format("cli.syncForked", name)) }
    guard !report.conflicts.isEmpty else { return }
    print(catalog.format("cli.syncConflicts", report.conflicts.count))
    for (key, heads) in report.conflicts.sorted(by: { $0.key < $1.key }) {
      let sides = heads.map { "\($0.author.user)@\($0.author.host) \(Self.time($0.time))" }
      print("  \(key.kind.rawValue) \(key.id): " + sides.joined(separator: " ⇄ "))
    }
    print(catalog["cli.syncDecide"])
  }

  static func time(_ micros: Int64) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "dd/MM/yyyy HH:mm"
    return formatter.string(from: Date(timeIntervalSince1970: Double(micros) / 1_000_000))
  }
}

/// `antq office --commune X --out DIR`: a copy of the province for an office that works
/// offline.
struct OfficeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "office",
    abstract: "Copy the province's folder for a commune office that works offline.")

  @Option(help: "The commune: its id or its name (accents optional).")
  var commune: String

  @Option(help: "The new folder for the office's copy (missing or empty).")
  var out: String

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    guard !options.demo else { throw Failure.usage(launch.catalog["cli.syncDemo"]) }
    let province = try launch.folder(options)
    let target = DataFolder(URL(fileURLWithPath: out))
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
    guard existing.isEmpty else {
      throw Failure.usage(launch.catalog.format("cli.outNotEmpty", target.path))
    }
    let reading = try launch.read(province, years: .latest)
    guard let match = reading.data.commune(matching: commune) else {
      throw Failure.usage(launch.catalog.format("cli.officeNoCommune", commune))
    }
    do {
      try OfficeCopy.make(from: province, to: target, commune: match)
    } catch {
      throw launch.failure(error)
    }
    print(launch.catalog.format("cli.officeMade", match.name, target.path, province.path))
  }
}
