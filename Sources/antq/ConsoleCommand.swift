import ANTQCore
import ANTQSecurity
import ANTQStore
import ANTQTUI
import ArgumentParser
import Foundation

/// `antq [--demo | --data DIR] [--lang vi|en]`: the full-screen console.
struct ConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "console", abstract: "Open the full-screen console (the default).")

  @OptionGroup var options: CommonOptions

  @Flag(
    name: .long,
    help: "Open the folder without changing anything (it still follows others' changes).")
  var readOnly = false

  @Flag(
    name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (no clicks, no wheel).")
  var noMouse = false

  func run() throws {
    let launch = try Launch.prepare(options)
    if let problem = TerminalPreflight.check() { throw Self.failure(problem, launch.catalog) }
    let folder = options.demo ? nil : try launch.folder(options)
    let session: TerminalSession
    do {
      session = try TerminalSession(mouse: !noMouse)
    } catch {
      throw Self.failure(error, launch.catalog)
    }
    let opening: ProvinceOpening.Opened?
    do {
      opening = try ProvinceOpening(launch: launch, session: session).open(
        folder, readOnly: readOnly)
    } catch {
      session.end()
      throw error
    }
    guard let opened = opening else {
      session.end()
      return
    }
    var app = App(
      data: opened.data, language: launch.language, catalogs: launch.catalogs, today: .today(),
      readOnly: opened.readOnly, years: opened.years, loadedYears: opened.loadedYears, now: .now(),
      versions: opened.versions)
    for notice in opened.handle.notices() { _ = app.update(notice, on: session.canvas) }
    let welcome = WelcomeMarker()
    if !welcome.seen { app.showIntro() }
    var edge = ConsoleLoop.Edge(
      record: opened.handle.record, loadYear: opened.handle.loadYear,
      refresh: opened.handle.refresh)
    edge.introSeen = { welcome.markSeen() }
    let keys = IdentityKeys()
    edge.reveal = { tipID, reason in
      opened.handle.reveal(tipID, reason: reason, keys: keys, catalog: launch.catalog)
    }
    edge.export = { request in
      let path = FileManager.default.currentDirectoryPath + "/" + request.fileName
      do throws(StoreError) {
        try ExportFile.write(request.bytes, to: path)
        return .exported(path: path, rows: request.rows)
      } catch {
        return .exportFailed(error.message(catalog: launch.catalog))
      }
    }
    ConsoleLoop.run(&app, session: session, edge: edge)
    session.end()
    do {
      try opened.handle.close()
    } catch {
      throw Failure.other(
        launch.catalog.format("close.failed", error.message(catalog: launch.catalog)))
    }
    if options.demo, let folder = opened.handle.folder {
      if opened.handle.changed {
        print(launch.catalog.format("demo.kept", folder.path))
      } else {
        try? FileManager.default.removeItem(at: folder.url)
        if let store = opened.handle.openedStore { KeyRing.removeKeys(province: store.provinceID) }
      }
    }
  }

  static func failure(_ problem: TerminalProblem, _ catalog: Catalog) -> Failure {
    switch problem {
    case .notATerminal: return .usage(catalog["cli.notATerminal"])
    case .termUnset: return .usage(catalog["cli.termUnset"])
    case .termUnknown(let name): return .usage(catalog.format("cli.termUnknown", name))
    case .cannotAddressCursor(let name):
      return .usage(catalog.format("cli.cannotAddressCursor", name))
    }
  }
}
