import ArgumentParser

/// `antq`: the console, plus subcommands that print and never need a terminal.
struct Antq: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "antq",
    abstract: "ANTQ Console: the All-People National Security Protection movement of a province.",
    discussion: "Without a subcommand, opens the full-screen console.",
    subcommands: [
      ConsoleCommand.self, ReportCommand.self, ExportCommand.self, ImportCommand.self,
      CheckCommand.self, AuditCommand.self, DemoCommand.self, SyncCommand.self,
      OfficeCommand.self, UsersCommand.self,
    ],
    defaultSubcommand: ConsoleCommand.self)
}
