import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program with a clean signal state and collects its output.
///
/// Foundation's `Process` passes on the test runner's signal mask, in which SIGHUP, SIGTERM,
/// SIGCHLD and most others are blocked. A tmux server started that way never hears of its
/// children ending and ignores `kill-server`; the program under test would not receive the
/// signals a test sends. So every child here starts with no signal blocked, every signal at
/// its default action, and no terminal.
enum Spawn {
  /// glibc's POSIX_SPAWN_SETSID (a GNU extension Swift does not import): the child starts a
  /// new session, so it has no controlling terminal.
  private static let spawnSetsid: Int32 = 0x80
  private static let spawnLock = NSLock()

  struct Result {
    let status: Int32
    let stdout: Data
    let stderr: Data
  }

  /// `input`: a file the child reads as its stdin (else /dev/null).
  static func run(
    _ executable: String, _ arguments: [String], environment: [String: String],
    input: String = "/dev/null"
  ) throws -> Result {
    // One spawn at a time: a pipe created by another thread between its `pipe` and its
    // FD_CLOEXEC would leak into this child and keep that pipe open for as long as this child
    // lives (for a tmux server, for good).
    spawnLock.lock()
    let output: (read: Int32, write: Int32)
    let errors: (read: Int32, write: Int32)
    do {
      output = try makePipe()
      errors = try makePipe()
    } catch {
      spawnLock.unlock()
      throw error
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, output.write, 1)
    posix_spawn_file_actions_adddup2(&actions, errors.write, 2)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | spawnSetsid))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid = pid_t()
    let failed = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    close(output.write)
    close(errors.write)
    spawnLock.unlock()
    guard failed == 0 else {
      close(output.read)
      close(errors.read)
      throw SpawnError(executable: executable, code: failed)
    }
    let errorData = PipeDrain(FileHandle(fileDescriptor: errors.read, closeOnDealloc: true))
    let outputData = FileHandle(fileDescriptor: output.read, closeOnDealloc: true)
      .readDataToEndOfFile()
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return Result(status: exitCode(status), stdout: outputData, stderr: errorData.wait())
  }

  /// The exit code a shell would report: the program's own, or 128 + the signal number.
  private static func exitCode(_ status: Int32) -> Int32 {
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  private static func makePipe() throws -> (read: Int32, write: Int32) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw SpawnError(executable: "pipe", code: errno) }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    return (ends[0], ends[1])
  }

  /// The test runner's environment with `adding` set and `removing` dropped.
  static func environment(adding: [String: String] = [:], removing: [String] = [])
    -> [String: String]
  {
    var merged = ProcessInfo.processInfo.environment
    // Key files the demo writes stay out of the real ~/.config.
    merged["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "antq-tests-config"
    for (key, value) in adding { merged[key] = value }
    for key in removing { merged.removeValue(forKey: key) }
    return merged
  }

  /// The full path of a program on PATH.
  static func which(_ name: String) -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return "/usr/bin/\(name)"
  }
}

struct SpawnError: Error, CustomStringConvertible {
  let executable: String
  let code: Int32
  var description: String { "cannot start \(executable): \(String(cString: strerror(code)))" }
}
