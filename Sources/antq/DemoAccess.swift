import ANTQCore
import ANTQSecurity
import ANTQStore
import Foundation

/// The demo's people, with keys: the machine account running it (admin and reader, its key in
/// a key file), a supervisor and a clerk of Chí Đám who log in by password. Every informant of
/// the demo is sealed to the readers before the folder (or the screen) sees it.
struct DemoAccess {
  static let supervisor = "lanhdao"
  static let clerk = "canbo.chidam"

  /// The demo province with its users and every identity sealed.
  let data: ProvinceData
  /// The running account's key, to be written to its key file once the folder has an id.
  let ownerKey: ReaderKey

  init(_ demo: ProvinceData, account: String = Author.current().user) throws {
    var data = demo
    let owner = User(
      id: account, fullName: account, rank: "", role: .admin, readsIdentities: true)
    let ownerKey = ReaderKey.generate(for: account)
    var users = [owner]
    users[0].publicKey = ownerKey.publicKey
    let chiDam = data.communes.first { $0.name == "Chí Đám" }?.id
    let people = [
      User(
        id: Self.supervisor, fullName: "Nguyễn Văn Hùng",
        rank: "Thượng tá, Phó Giám đốc Công an tỉnh", role: .supervisor),
      User(
        id: Self.clerk, fullName: "Lê Thị Thu Hà", rank: "Trung úy, Công an xã Chí Đám",
        role: .clerk, communeIDs: chiDam.map { [$0] } ?? []),
    ].filter { $0.id != account }
    users += people.map { person in
      var user = person
      let known = DemoCredentials.all[person.id]!
      user.password = PasswordRecord(
        scheme: PasswordHasher.scheme, salt: known.salt, hash: known.hash,
        cost: PasswordHasher.cost, blockSize: PasswordHasher.blockSize,
        parallelism: PasswordHasher.parallelism)
      user.publicKey = known.publicKey
      user.wrappedPrivateKey = known.wrappedPrivateKey
      return user
    }
    data.users = users
    let readers = users.filter(\.isIdentityReader)
    let sealer = IdentitySealer()
    let indices = data.tips.indices.filter { data.tips[$0].informant != nil }
    let informants = indices.map { data.tips[$0].informant! }
    let sealed = try sealer.sealTogether(informants, readers: readers)
    for (index, identity) in zip(indices, sealed) {
      data.tips[index].sealedIdentity = identity
      data.tips[index].informant = nil
    }
    self.data = data
    self.ownerKey = ownerKey
  }

  /// Writes the running account's key file for the folder's province.
  func writeOwnerKey(province: String) throws {
    _ = try KeyRing.writeKeyFile(ownerKey, province: province)
  }
}
