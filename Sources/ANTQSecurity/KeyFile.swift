import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `$XDG_CONFIG_HOME/antq/keys/<province id>/<account>.key` (else `~/.config/…`): a private
/// key as JSON, readable by its account only (file 0600, folders 0700).
enum KeyFile {
  struct Content: Codable {
    var format = 1
    var privateKey: String
  }

  static func path(province: String, account: String, environment: [String: String]) -> String {
    let config: String
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      config = xdg
    } else {
      config = home(environment) + "/.config"
    }
    return "\(config)/antq/keys/\(province)/\(account).key"
  }

  private static func home(_ environment: [String: String]) -> String {
    if let home = environment["HOME"], !home.isEmpty { return home }
    return getpwuid(geteuid()).flatMap { $0.pointee.pw_dir.map { String(cString: $0) } } ?? "/"
  }

  static func read(_ path: String) throws(KeyProblem) -> Curve25519.KeyAgreement.PrivateKey {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { throw KeyProblem.keyFileMissing(path: path) }
      throw KeyProblem.keyFileDamaged(path: path, reason: String(cString: strerror(errno)))
    }
    if info.st_mode & 0o077 != 0 {
      throw KeyProblem.keyFileExposed(path: path, mode: String(info.st_mode & 0o777, radix: 8))
    }
    guard let bytes = FileManager.default.contents(atPath: path) else {
      throw KeyProblem.keyFileDamaged(path: path, reason: String(cString: strerror(errno)))
    }
    guard let content = try? JSONDecoder().decode(Content.self, from: bytes),
      content.format == 1, let raw = Data(base64Encoded: content.privateKey),
      let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
    else { throw KeyProblem.keyFileDamaged(path: path, reason: "not an antq key") }
    return key
  }

  /// Written to a temporary file created 0600, fsynced and renamed into place, the folder
  /// fsynced: never half a key, never readable by others even for a moment.
  static func write(_ key: Curve25519.KeyAgreement.PrivateKey, to path: String) throws {
    let folder = (path as NSString).deletingLastPathComponent
    try makeFolders(folder)
    let content = Content(privateKey: key.rawRepresentation.base64EncodedString())
    let bytes = try JSONEncoder.sorted.encode(content) + Data("\n".utf8)
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw failure(temporary) }
    defer { close(fd) }
    let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(fd) == 0 else {
      let error = failure(temporary)
      unlink(temporary)
      throw error
    }
    guard rename(temporary, path) == 0 else {
      let error = failure(path)
      unlink(temporary)
      throw error
    }
    let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dir >= 0 {
      fsync(dir)
      close(dir)
    }
  }

  /// Every missing folder of the path made 0700; an existing keys folder tightened to 0700.
  private static func makeFolders(_ folder: String) throws {
    var current = ""
    for part in folder.split(separator: "/") {
      current += "/" + part
      if mkdir(current, 0o700) != 0, errno != EEXIST { throw failure(current) }
    }
    let keys = (folder as NSString).deletingLastPathComponent
    chmod(keys, 0o700)
    chmod(folder, 0o700)
  }

  private static func failure(_ path: String) -> KeyProblem {
    KeyProblem.keyFileDamaged(path: path, reason: String(cString: strerror(errno)))
  }
}
