import ANTQCore
import ArgumentParser

/// Options every command shares: where the data is and which language to speak.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "The data folder (else $ANTQ_DATA, $XDG_DATA_HOME/antq, ~/.local/share/antq).")
  var data: String?

  @Flag(name: .long, help: "Use a fresh copy of the bundled demo province.")
  var demo = false

  @Option(name: .long, help: "Language: vi (default) or en.")
  var lang: String?
}

/// Who opens the folder, for the commands that change it: the machine account, or a user
/// name and password on a shared account.
struct SignInOptions: ParsableArguments {
  @Option(
    name: .long,
    help: "Your user name, when the machine account is shared (asks for your password).")
  var user: String?
}
