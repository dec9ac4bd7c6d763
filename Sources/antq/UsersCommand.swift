import ANTQCore
import ANTQSecurity
import ANTQStore
import ArgumentParser
import Foundation

/// `antq users …`: the admin's user register without a terminal, as the console keeps it:
/// every change is a journaled change of the province, refused when the one running it is
/// not an admin; `reseal` seals the identities again to the readers there are now.
struct UsersCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "users", abstract: "List, add and disable users, set roles and passwords.",
    subcommands: [
      List.self, Add.self, SetRole.self, Disable.self, Password.self, Reseal.self,
    ],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the province's users.")
    @OptionGroup var options: CommonOptions

    func run() throws {
      let launch = try Launch.prepare(options)
      let data = try launch.read(options, years: .latest).data
      let catalog = launch.catalog
      for user in data.users.sorted(by: { $0.id < $1.id }) {
        let communes = user.communeIDs.map { data.communeName($0) }.joined(separator: ", ")
        let state = user.isDisabled ? catalog["users.disabled"] : ""
        let reader = user.isIdentityReader ? catalog["users.reader"] : ""
        print(
          [
            user.id, user.fullName, user.rank, catalog["role.\(user.role.rawValue)"], communes,
            reader, state,
          ].filter { !$0.isEmpty }.joined(separator: " · "))
      }
      if data.users.isEmpty { print(catalog["users.none"]) }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Register a user (asks for a password with --password).")
    @OptionGroup var options: CommonOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The account name.") var account: String
    @Option(help: "Full name.") var name: String
    @Option(help: "Rank or position.") var rank = ""
    @Option(help: "clerk, supervisor or admin.") var role: String
    @Option(help: "A clerk's commune: id or name (repeat for several).")
    var commune: [String] = []
    @Flag(help: "May read informants' identities (supervisors and admins always may).")
    var reader = false
    @Flag(help: "Logs in by name and password on a shared machine account.")
    var password = false

    func run() throws {
      try UsersCommand.change(options, signIn) { launch, store in
        let data = store.data
        var user = User(
          id: account, fullName: name, rank: rank, role: try UsersCommand.role(role, launch),
          communeIDs: try UsersCommand.communes(commune, in: data, launch),
          readsIdentities: reader)
        if let issue = UserRegister.add(user, to: data, today: .today()).first {
          throw Failure.usage(
            issue.key == "users.exists" ? issue.message(launch.catalog) : launch.describe(issue))
        }
        if password {
          let secret = try UsersCommand.newPassword(for: account, launch)
          user = try PasswordKeys().setting(secret, on: user)
        }
        return (user, launch.catalog.format("users.added", account))
      }
    }
  }

  struct SetRole: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "role", abstract: "Set a user's role (and a clerk's communes).")
    @OptionGroup var options: CommonOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The account name.") var account: String
    @Argument(help: "clerk, supervisor or admin.") var role: String
    @Option(help: "A clerk's commune: id or name (repeat for several).")
    var commune: [String] = []
    @Flag(inversion: .prefixedNo, help: "May read informants' identities.")
    var reader: Bool?

    func run() throws {
      try UsersCommand.change(options, signIn) { launch, store in
        let user = UserRegister.setting(
          role: try UsersCommand.role(role, launch),
          communeIDs: try UsersCommand.communes(commune, in: store.data, launch), reader: reader,
          on: try UsersCommand.user(account, in: store.data, launch))
        if let issue = Validator(data: store.data, today: .today()).check(user).first {
          throw Failure.usage(launch.describe(issue))
        }
        return (user, launch.catalog.format("users.changed", account))
      }
    }
  }

  struct Disable: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Disable a user: their changes from now on are refused.")
    @OptionGroup var options: CommonOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The account name.") var account: String

    func run() throws {
      try UsersCommand.change(options, signIn) { launch, store in
        let user = UserRegister.setting(
          disabled: true, at: .now(), on: try UsersCommand.user(account, in: store.data, launch))
        return (user, launch.catalog.format("users.disabledNow", account))
      }
    }
  }

  struct Password: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "passwd",
      abstract: "Set a user's password (the admin's reset; unlocks a locked user).")
    @OptionGroup var options: CommonOptions
    @OptionGroup var signIn: SignInOptions
    @Argument(help: "The account name.") var account: String

    func run() throws {
      try UsersCommand.change(options, signIn) { launch, store in
        let secret = try UsersCommand.newPassword(for: account, launch)
        let user = try PasswordKeys().setting(
          secret, on: try UsersCommand.user(account, in: store.data, launch))
        var attempts = LoginAttempts(folder: store.folder)
        attempts.cleared(account)
        return (user, launch.catalog.format("users.passwordSet", account))
      }
    }
  }

  struct Reseal: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Seal every informant's identity again to the readers there are now.",
      discussion: "antq check lists the tips that need it; the one running it needs a reader key.")
    @OptionGroup var options: CommonOptions
    @OptionGroup var signIn: SignInOptions

    func run() throws {
      let launch = try Launch.prepare(options)
      let store = try UsersCommand.open(options, launch)
      defer { try? store.close() }
      let signedIn = try SignInFlow(launch: launch, asked: signIn.user).signIn(store)
      do {
        let lines = try IdentityReseal.reseal(
          store, account: signedIn.account, key: UsersCommand.key(signedIn, launch),
          catalog: launch.catalog)
        for line in lines { print(line) }
      } catch {
        throw launch.failure(error)
      }
    }
  }

  /// The folder's store, to change.
  static func open(_ options: CommonOptions, _ launch: Launch) throws -> ProvinceStore {
    let folder = try launch.folder(options)
    do {
      return try ProvinceStore.open(folder: folder.url, years: .latest)
    } catch {
      throw launch.failure(error)
    }
  }

  /// The reader key of the one signed in, or why there is none.
  static func key(_ signedIn: SignInFlow.SignedIn, _ launch: Launch) -> IdentityReseal.Key {
    signedIn.key.map { .held($0) }
      ?? .missing(why: signedIn.keyProblem ?? launch.catalog["users.noKeyHere"])
  }

  /// Opens the folder, signs the one running the command in, records the user `make`
  /// returns and prints its message.
  static func change(
    _ options: CommonOptions, _ signIn: SignInOptions,
    _ make: (Launch, ProvinceStore) throws -> (User, String)
  ) throws {
    let launch = try Launch.prepare(options)
    let store = try open(options, launch)
    defer { try? store.close() }
    let signedIn = try SignInFlow(launch: launch, asked: signIn.user).signIn(store)
    let (user, message) = try make(launch, store)
    let readersBefore = store.identityReaders
    do {
      try store.record(
        .upsert(Record(user)), basedOn: store.versions.version(of: RecordKey(.user, user.id)))
    } catch {
      throw launch.failure(error)
    }
    print(message)
    do {
      let lines = try IdentityReseal.afterUsersChange(
        store, readersBefore: readersBefore, account: signedIn.account,
        key: key(signedIn, launch), catalog: launch.catalog)
      for line in lines { print(line) }
    } catch {
      throw launch.failure(error)
    }
  }

  static func user(_ account: String, in data: ProvinceData, _ launch: Launch) throws -> User {
    guard let user = data.users.first(where: { $0.id == account }) else {
      throw Failure.usage(launch.catalog.format("signin.unknownUser", account))
    }
    return user
  }

  static func role(_ text: String, _ launch: Launch) throws -> Role {
    guard let role = Role(rawValue: text.lowercased()) else {
      throw Failure.usage(launch.catalog.format("users.badRole", text))
    }
    return role
  }

  static func communes(_ names: [String], in data: ProvinceData, _ launch: Launch) throws
    -> [String]
  {
    try names.map { name in
      guard let commune = data.commune(matching: name) else {
        throw Failure.usage(launch.catalog.format("cli.officeNoCommune", name))
      }
      return commune.id
    }
  }

  /// A new password, typed twice on a terminal (once from stdin in a script).
  static func newPassword(for account: String, _ launch: Launch) throws -> String {
    let catalog = launch.catalog
    let first = PasswordPrompt.ask(catalog.format("users.newPassword", account)) ?? ""
    let again =
      first.count >= UserRegister.shortestPassword && isatty(STDIN_FILENO) == 1
      ? PasswordPrompt.ask(catalog["users.againPassword"]) ?? "" : nil
    if let problem = UserRegister.passwordProblem(first, again: again) {
      throw Failure.usage(catalog[problem])
    }
    return first
  }
}
