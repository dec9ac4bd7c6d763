import ANTQCore
import ArgumentParser
import Foundation

/// Parses the command line and runs it. Usage errors exit with 2 (not ArgumentParser's 64),
/// other failures with the code their error carries.
@main
enum Entry {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    do {
      var command = try Antq.parseAsRoot(arguments)
      try command.run()
    } catch let failure as Failure {
      FileHandle.standardError.write(Data((failure.message + "\n").utf8))
      exit(failure.exitCode)
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      // Help requests and argument errors, found while parsing or while running.
      let code = Antq.exitCode(for: error)
      let message = Antq.fullMessage(for: error)
      if code == .success {
        print(message)
        exit(0)
      }
      FileHandle.standardError.write(Data((message + "\n").utf8))
      exit(code == .validationFailure ? 2 : 1)
    }
  }
}

/// An error already put in the user's words, with the exit code DESIGN.md §3b gives it:
/// 2 for bad usage or bad data, 1 for anything else.
struct Failure: Error {
  let message: String
  let exitCode: Int32

  static func usage(_ message: String) -> Failure { Failure(message: message, exitCode: 2) }
  static func badData(_ message: String) -> Failure { Failure(message: message, exitCode: 2) }
  static func other(_ message: String) -> Failure { Failure(message: message, exitCode: 1) }
}
