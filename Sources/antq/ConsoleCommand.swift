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
  @OptionGroup var signIn: SignInOptions

  @Flag(
    name: .long,
    help: "Open the folder without changing anything (it still follows others' changes).")
  var readOnly = false

  @Flag(
    name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (no clicks, no wheel).")
  var noMouse = false

  /// A folder that holds a province is opened, and its user signed in, before the screen
  /// starts: a password is asked on the plain terminal. Other folders are left to the
  /// welcome dialog.
  private func openSignedIn(_ folder: DataFolder, launch: Launch) throws -> SignedInStore? {
    guard (try? folder.status()) == .populated else { return nil }
    let store: ProvinceStore
    do {
      store = try ProvinceStore.open(folder: folder.url, mode: readOnly ? .readOnly : .readWrite)
    } catch {
      throw launch.failure(error)
    }
    return SignedInStore(
      store: store, signedIn: try SignInFlow(launch: launch, asked: signIn.user).signIn(store))
  }

  /// `--demo`: the demo province and who opens it (its users are the demo's).
  private func demoCopy(_ launch: Launch) throws -> DemoOpening {
    let access = try launch.demoAccess()
    switch SignIn.decide(
      users: access.data.users, machineAccount: Author.current().user, asked: signIn.user)
    {
    case .open: return DemoOpening(access: access, account: nil, key: nil)
    case .account(let user): return DemoOpening(access: access, account: user.id, key: nil)
    case .password(let user):
      let password = try SignInFlow(launch: launch, asked: signIn.user).askPassword(
        of: user, attempts: nil)
      return DemoOpening(
        access: access, account: user.id, key: try? KeyRing.unlock(user: user, password: password))
    case .refused(let refusal): throw Failure.other(refusal.message(launch.catalog))
    }
  }

  func run() throws {
    let launch = try Launch.prepare(options)
    if let problem = TerminalPreflight.check() { throw Self.failure(problem, launch.catalog) }
    let folder = options.demo ? nil : try launch.folder(options)
    let early = try folder.flatMap { try openSignedIn($0, launch: launch) }
    let demo = try options.demo ? demoCopy(launch) : nil
    let session: TerminalSession
    do {
      session = try TerminalSession(mouse: !noMouse)
    } catch {
      throw Self.failure(error, launch.catalog)
    }
    let opening: ProvinceOpening.Opened?
    do {
      opening = try ProvinceOpening(launch: launch, session: session).open(
        folder, readOnly: readOnly, store: early, demo: demo)
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
      versions: opened.versions, account: opened.account, passwords: PasswordKeys())
    app.useChartGlyphs(session.chartGlyphs)
    for notice in opened.handle.notices() { _ = app.update(notice, on: session.canvas) }
    if let problem = opened.keyProblem { _ = app.update(.notice(problem), on: session.canvas) }
    let welcome = WelcomeMarker()
    if !welcome.seen { app.showIntro() }
    var edge = ConsoleLoop.Edge(
      record: opened.handle.record, loadYear: opened.handle.loadYear,
      refresh: opened.handle.refresh)
    edge.introSeen = { welcome.markSeen() }
    edge.changeDescriptor = opened.handle.changeDescriptor
    edge.history = opened.handle.history
    let keys = IdentityKeys()
    keys.unlocked = opened.key
    opened.handle.keys = keys
    edge.reveal = { tipID, reason in
      opened.handle.reveal(tipID, reason: reason, keys: keys, catalog: launch.catalog)
    }
    edge.planImport = { typed in
      opened.handle.planImport(typed, catalog: launch.catalog, today: .today())
    }
    edge.commitImport = { changes, file in
      opened.handle.commitImport(changes, file: file, catalog: launch.catalog)
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
