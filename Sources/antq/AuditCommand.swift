import ANTQCore
import ANTQStore
import ANTQTUI
import ArgumentParser
import Foundation

/// `antq audit`: the audit trail without a terminal, one line per change or identity reveal,
/// oldest first: when, who (account@host), the kind of record, its id, what changed.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Print who changed or revealed what, and when, from every journal of the folder.")

  @OptionGroup var options: CommonOptions

  @Option(help: "Only the changes and reveals made by this login account.")
  var user: String?

  @Option(
    name: .customLong("as"),
    help: "Your user name, when the machine account is shared (asks for your password).")
  var signInAs: String?

  @Option(help: "Only from this day on (29/11/2026, 29/11, 2026-11-29, today, yesterday).")
  var since: String?

  @Option(help: "Only this record's history (its id), reveals of a tip's informant included.")
  var record: String?

  @Option(help: "text or csv.")
  var format = "text"

  func run() throws {
    let launch = try Launch.prepare(options)
    let catalog = launch.catalog
    let csv: Bool
    switch format.lowercased() {
    case "text": csv = false
    case "csv": csv = true
    default: throw Failure.usage(catalog.format("cli.audit.badFormat", format))
    }
    var from: Int64?
    if let since {
      switch DayInput.parse(since, today: .today(), field: "since") {
      case .success(let day): from = Self.micros(atStartOf: day)
      case .failure(let issue):
        throw Failure.usage(catalog.format("cli.audit.badSince", since, issue.message(catalog)))
      }
    }
    if let user, user.trimmed.isEmpty { throw Failure.usage(catalog["cli.audit.emptyUser"]) }
    let folder = try launch.folder(options)
    let trail: RecordHistory
    do {
      if try folder.status() == .missing {
        throw Failure.usage(catalog.format("cli.dataMissing", folder.path))
      }
      try Self.mayRead(folder, launch, signInAs: signInAs)
      trail = try AuditTrail.read(folder)
    } catch let error as StoreError {
      throw launch.failure(error)
    }
    let entries = trail.all().filter { entry in
      (record == nil || entry.key.id == record)
        && (user == nil || entry.author?.user == user)
        && (from == nil || (entry.time ?? 0) >= from!)
    }
    let rows = entries.map { entry in
      [
        csv ? Self.iso(entry.time ?? 0) : HistoryText.when(entry.time ?? 0),
        HistoryText.who(entry), entry.key.kind.rawValue, entry.key.id,
        HistoryText.summary(entry, catalog: catalog),
      ]
    }
    if csv {
      let keys = ["when", "who", "kind", "id", "what"]
      let table = ExportTable(
        keys: keys, titles: keys.map { catalog["cli.audit.column.\($0)"] }, rows: rows)
      FileHandle.standardOutput.write(Data(ExportFormat.csv.encode(table)))
    } else if rows.isEmpty {
      print(catalog["cli.audit.none"])
    } else {
      for row in rows { print(row.joined(separator: "  ")) }
    }
  }

  /// Once users are registered, only a supervisor or an admin reads the trail: the machine
  /// account, or the one named by `--as` with their password, as the console signs in.
  static func mayRead(_ folder: DataFolder, _ launch: Launch, signInAs: String?) throws {
    let store = try ProvinceStore.open(folder: folder.url, mode: .readOnly, years: .only([]))
    let signedIn = try SignInFlow(launch: launch, asked: signInAs, needsKey: false).signIn(store)
    if let user = signedIn.user, user.role < .supervisor {
      throw Failure.other(
        launch.catalog.format(
          "cli.audit.notAllowed", user.id, launch.catalog["role.\(user.role.rawValue)"]))
    }
  }

  /// Microseconds since 1970 at midnight starting `day`, in this machine's time zone.
  static func micros(atStartOf day: Day) -> Int64 {
    let components = DateComponents(year: day.year, month: day.month, day: day.day)
    let date = Calendar.current.date(from: components) ?? Date(timeIntervalSince1970: 0)
    return Int64(date.timeIntervalSince1970 * 1_000_000)
  }

  static func iso(_ micros: Int64) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = .current
    return formatter.string(from: Date(timeIntervalSince1970: Double(micros) / 1_000_000))
  }
}
