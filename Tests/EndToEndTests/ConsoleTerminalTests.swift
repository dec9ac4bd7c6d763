import Foundation
import Testing

/// The console refuses, in one clear line, a place where it cannot draw.
@Suite struct ConsoleWithoutTerminalTests {
  @Test func pipesInsteadOfATerminalExit2WithOneLineAndNoEscapeCodes() throws {
    let output = try BuiltBinary.run(["--demo"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty, "stdout: \(output.stdout.debugDescription)")
    #expect(!output.stderr.contains("\u{1B}"))
    let lines = output.stderr.split(separator: "\n")
    #expect(lines.count == 1, "stderr: \(output.stderr)")
    #expect(output.stderr.contains("terminal"))
  }

  @Test func englishMessageWithoutATerminal() throws {
    let output = try BuiltBinary.run(["--demo", "--lang", "en"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.contains("needs a terminal"), "stderr: \(output.stderr)")
  }
}

extension Console {
  /// A terminal whose TERM is missing or unknown: a message, exit 2, the screen left alone.
  @Suite struct BadTerm {
    @Test func termUnset() throws {
      let folder = try TemporaryFolder()
      let terminal = try TmuxTerminal(
        [BuiltBinary.url.path, "--demo"], environment: privateTemporaryDirectory(folder),
        unsetting: ["TERM"])
      defer { terminal.stop() }
      #expect(try terminal.exitCode() == 2)
      let screen = try terminal.screen()
      #expect(screen.contains("TERM"), "screen:\n\(screen)")
      #expect(screen.contains("antq:"))
      #expect(try !terminal.alternateScreenOn())
    }

    @Test func termUnknown() throws {
      let folder = try TemporaryFolder()
      let terminal = try TmuxTerminal(
        [BuiltBinary.url.path, "--demo", "--lang", "en"],
        environment: privateTemporaryDirectory(folder).merging(["TERM": "nonexistent"]) { $1 })
      defer { terminal.stop() }
      #expect(try terminal.exitCode() == 2)
      let screen = try terminal.screen()
      #expect(screen.contains("\"nonexistent\""), "screen:\n\(screen)")
      #expect(try !terminal.alternateScreenOn())
    }
  }
}
