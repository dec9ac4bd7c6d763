import Foundation

/// A throw-away PostgreSQL server (Debian's packages) in a temporary folder, listening only on
/// a Unix socket there. As root (CI) the server runs as the `postgres` user.
struct PostgresServer {
  let folder: URL
  let bin: String
  let port = 54_000 + Int(getpid() % 1_000)

  /// nil, with the reason printed, when PostgreSQL is not installed.
  static func start() throws -> PostgresServer? {
    let versions =
      (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
    guard
      let bin = versions.sorted().last.map({ "/usr/lib/postgresql/\($0)/bin" }),
      access(bin + "/initdb", X_OK) == 0
    else {
      print("PostgreSQL is not installed (apt-get install -y postgresql): roll-up test skipped")
      return nil
    }
    let folder = URL(fileURLWithPath: "/tmp/antq-pg-\(getpid())-\(UUID().uuidString.prefix(6))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let server = PostgresServer(folder: folder, bin: bin)
    if getuid() == 0 {
      _ = try Spawn.run("/bin/chown", ["postgres", folder.path], environment: Spawn.environment())
    }
    let initdb = try server.asOwner(
      bin + "/initdb", ["-D", folder.path + "/data", "--auth=trust", "-U", "postgres"])
    guard initdb.status == 0 else {
      throw ServerError(step: "initdb", output: initdb.stderr)
    }
    let options = "-k \(folder.path) -p \(server.port) -c listen_addresses=''"
    let start = try server.asOwner(
      bin + "/pg_ctl",
      [
        "-D", folder.path + "/data", "-w", "-l", folder.path + "/log", "-o", options,
        "start",
      ])
    guard start.status == 0 else {
      throw ServerError(step: "pg_ctl start", output: start.stderr + start.stdout)
    }
    return server
  }

  func stop() {
    _ = try? asOwner(bin + "/pg_ctl", ["-D", folder.path + "/data", "-m", "immediate", "stop"])
    try? FileManager.default.removeItem(at: folder)
  }

  /// Runs a client program with the PG* variables pointing at this server.
  func run(_ program: String, _ arguments: [String]) throws -> Spawn.Result {
    try Spawn.run(
      program, arguments,
      environment: Spawn.environment(adding: [
        "PGHOST": folder.path, "PGPORT": String(port), "PGUSER": "postgres",
        "PGDATABASE": "postgres",
      ]))
  }

  private func asOwner(_ program: String, _ arguments: [String]) throws -> Spawn.Result {
    guard getuid() == 0 else {
      return try Spawn.run(program, arguments, environment: Spawn.environment())
    }
    return try Spawn.run(
      "/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments,
      environment: Spawn.environment())
  }

  struct ServerError: Error, CustomStringConvertible {
    let step: String
    let output: Data
    var description: String { "\(step): \(String(decoding: output, as: UTF8.self))" }
  }
}
