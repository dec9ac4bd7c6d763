import ANTQCore
import ANTQSecurity
import ANTQStore
import ArgumentParser
import Foundation

/// `antq demo --out DIR`: writes the demo province into a new or empty folder.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Write the bundled demo province into a new or empty folder.")

  @Option(help: "The folder to create (must not hold data already).")
  var out: String

  @Option(name: .long, help: "Language: vi (default) or en.")
  var lang: String?

  func run() throws {
    let launch = try Launch.prepare(try CommonOptions.parse(lang.map { ["--lang", $0] } ?? []))
    let folder = DataFolder(URL(fileURLWithPath: out))
    let existing = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    guard existing.isEmpty else {
      throw Failure.usage(launch.catalog.format("cli.outNotEmpty", folder.path))
    }
    let access = try launch.demoAccess()
    do {
      let store = try ProvinceStore.create(folder: folder.url, data: access.data)
      try launch.writeOwnerKey(access, province: store.provinceID)
      try store.close()
    } catch let error as StoreError {
      throw launch.failure(error)
    }
    let files = FileManager.default.enumerator(atPath: folder.path)?.allObjects.count ?? 0
    print(launch.catalog.format("cli.demoWritten", files, folder.path))
  }
}
