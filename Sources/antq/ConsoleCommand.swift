import ANTQCore
import ANTQStore
import ANTQTUI
import ArgumentParser
import Foundation

/// `antq [--demo | --data DIR] [--lang vi|en]`: the full-screen console.
struct ConsoleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "console", abstract: "Open the full-screen console (the default).")

  @OptionGroup var options: CommonOptions

  func run() throws {
    let launch = try Launch.prepare(options)
    if let problem = TerminalPreflight.check() {
      throw Failure.usage(
        launch.catalog[Self.messageKey(problem)].replacingOccurrences(
          of: "{0}", with: Self.terminalName(problem)))
    }
    let opened = try open(launch)
    let session: TerminalSession
    do {
      session = try TerminalSession()
    } catch {
      throw Failure.usage(launch.catalog[Self.messageKey(error)])
    }
    var app = App(
      data: opened.data, language: launch.language, catalogs: launch.catalogs, today: .today())
    ConsoleLoop.run(&app, session: session)
    session.end()
    opened.finish()
  }

  /// The province to show, and what to finish before exiting (the demo's copy on disk).
  struct Opened {
    let data: ProvinceData
    let finish: () -> Void
  }

  private func open(_ launch: Launch) throws -> Opened {
    if options.demo {
      let data = try launch.demoProvince()
      let copy = DemoCopy.start(data, launch: launch)
      return Opened(data: data, finish: { copy.wait() })
    }
    let folder = try launch.folder(options)
    return Opened(data: try launch.load(folder), finish: {})
  }

  static func messageKey(_ problem: TerminalProblem) -> String {
    switch problem {
    case .notATerminal: return "cli.notATerminal"
    case .termUnset: return "cli.termUnset"
    case .termUnknown: return "cli.termUnknown"
    case .cannotAddressCursor: return "cli.cannotAddressCursor"
    }
  }

  static func terminalName(_ problem: TerminalProblem) -> String {
    switch problem {
    case .termUnknown(let name), .cannotAddressCursor(let name): return name
    case .notATerminal, .termUnset: return ""
    }
  }
}
