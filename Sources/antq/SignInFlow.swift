import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Settles who is at the keyboard for a store, before anything is shown: the machine
/// account when it is a registered user; else the name asked for (`--user`) and its password,
/// counting wrong tries; the first start of a province registers its creator as admin.
struct SignInFlow {
  let launch: Launch
  let asked: String?
  /// Whether the reader's key is unlocked too (not for a command that reads no identity).
  var needsKey = true

  struct SignedIn {
    /// nil only for a read-only look at a province that has no users yet.
    let user: User?
    let account: String
    /// The key that opens sealed identities, when the user reads them.
    let key: ReaderKey?
    /// Why identities stay sealed for a reader (a missing key file…): shown as a notice.
    let keyProblem: String?
  }

  static let triesPerStart = 3

  func signIn(_ store: ProvinceStore) throws -> SignedIn {
    let catalog = launch.catalog
    let machine = Author.current().user
    switch SignIn.decide(users: store.data.users, machineAccount: machine, asked: asked) {
    case .refused(let refusal):
      throw Failure.other(refusal.message(catalog))
    case .open(let account):
      guard store.mode == .readWrite else {
        return SignedIn(user: nil, account: account, key: nil, keyProblem: nil)
      }
      return try registerCreator(account, in: store)
    case .account(let user):
      return opened(user, password: nil, store: store)
    case .password(let user):
      let password = try askPassword(of: user, attempts: LoginAttempts(folder: store.folder))
      store.signIn(as: user.id)
      return opened(user, password: password, store: store)
    }
  }

  /// Who reads the province without opening it for changes (`antq export`): the same
  /// decision and password as the console's; nil while the province has no users.
  func reader(of data: ProvinceData, folder: DataFolder?) throws -> User? {
    switch SignIn.decide(users: data.users, machineAccount: Author.current().user, asked: asked) {
    case .refused(let refusal): throw Failure.other(refusal.message(launch.catalog))
    case .open: return nil
    case .account(let user): return user
    case .password(let user):
      _ = try askPassword(of: user, attempts: folder.map { LoginAttempts(folder: $0) })
      return user
    }
  }

  /// The first start of a province: its creator becomes its admin, with a key file of their
  /// own so identities can be sealed to them.
  private func registerCreator(_ account: String, in store: ProvinceStore) throws -> SignedIn {
    var admin = User(
      id: account, fullName: Self.fullName(of: account), role: .admin, readsIdentities: true)
    var key: ReaderKey?
    var problem: String?
    do {
      (admin, key) = try KeyRing.provisionFile(admin, province: store.provinceID)
    } catch let error as KeyProblem {
      problem = error.message(catalog: launch.catalog)
    } catch {
      problem = "\(error)"
    }
    do {
      try store.record(.upsert(Record(admin)), basedOn: nil)
    } catch {
      throw launch.failure(error)
    }
    return SignedIn(user: admin, account: account, key: key, keyProblem: problem)
  }

  private func opened(_ user: User, password: String?, store: ProvinceStore) -> SignedIn {
    guard needsKey, user.isIdentityReader else {
      return SignedIn(user: user, account: user.id, key: nil, keyProblem: nil)
    }
    do throws(KeyProblem) {
      let key = try KeyRing.key(for: user, password: password, province: store.provinceID)
      return SignedIn(user: user, account: user.id, key: key, keyProblem: nil)
    } catch {
      return SignedIn(
        user: user, account: user.id, key: nil,
        keyProblem: error.message(catalog: launch.catalog))
    }
  }

  /// Up to three tries at this start; with `attempts` (a folder's), every wrong one counts
  /// towards the lock. A fresh demo copy has no folder to count in yet.
  func askPassword(of user: User, attempts: LoginAttempts?) throws -> String {
    let catalog = launch.catalog
    var attempts = attempts
    func locked(until: Date) -> Failure {
      Failure.other(
        catalog.format("signin.locked", user.id, LoginAttempts.allowed, Self.clock(until)))
    }
    for _ in 0..<Self.triesPerStart {
      if let until = attempts?.lockedUntil(user.id) { throw locked(until: until) }
      guard let password = PasswordPrompt.ask(catalog.format("signin.password", user.id)),
        let record = user.password
      else { throw Failure.other(catalog["signin.noAnswer"]) }
      if PasswordHasher.verify(password, against: record) {
        attempts?.cleared(user.id)
        return password
      }
      if let left = attempts?.failed(user.id) {
        if left == 0 { throw locked(until: attempts?.lockedUntil(user.id) ?? Date()) }
        FileHandle.standardError.write(
          Data((catalog.format("signin.wrong", left) + "\n").utf8))
      }
    }
    throw Failure.other(catalog["signin.gaveUp"])
  }

  private static func clock(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.dateFormat = "HH:mm"
    return formatter.string(from: date)
  }

  /// The account's full name as the machine knows it (its GECOS field), else the account.
  static func fullName(of account: String) -> String {
    guard let entry = getpwnam(account), let gecos = entry.pointee.pw_gecos else {
      return account
    }
    let name = String(cString: gecos).split(separator: ",").first.map(String.init) ?? ""
    return name.trimmingCharacters(in: .whitespaces).isEmpty ? account : name
  }
}
