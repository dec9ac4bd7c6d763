import Foundation

/// Wrong passwords in a row, per user, beside the data (`.antq-logins.json`) so every console
/// on the folder counts the same tries: five lock the user for a quarter of an hour. Kept out
/// of the province's data: a wrong password is not a change anyone syncs.
public struct LoginAttempts {
  public static let fileName = ".antq-logins.json"
  public static let allowed = 5
  public static let lockSeconds: TimeInterval = 15 * 60

  struct Entry: Codable, Equatable {
    var failures: Int
    var last: Double
  }

  let folder: DataFolder
  /// Counted here when the folder cannot be written (a read-only medium).
  private var fallback: [String: Entry] = [:]

  public init(folder: DataFolder) { self.folder = folder }

  private var path: String { folder.file(Self.fileName) }
  private var lockPath: String { folder.file(".antq-logins.lock") }

  private func entries() -> [String: Entry] {
    guard let data = try? FileIO.read(path),
      let entries = try? JSONDecoder().decode([String: Entry].self, from: data)
    else { return fallback }
    return entries.merging(fallback) { $0.failures >= $1.failures ? $0 : $1 }
  }

  /// Until when the user is locked out; nil when they may try.
  public func lockedUntil(_ account: String, now: Date = Date()) -> Date? {
    guard let entry = entries()[account], entry.failures >= Self.allowed else { return nil }
    let until = Date(timeIntervalSince1970: entry.last + Self.lockSeconds)
    return until > now ? until : nil
  }

  /// Counts a wrong password; returns the tries left before the lock (0: locked now).
  @discardableResult
  public mutating func failed(_ account: String, now: Date = Date()) -> Int {
    var entry = entries()[account] ?? Entry(failures: 0, last: 0)
    if entry.failures >= Self.allowed { entry.failures = 0 }
    entry.failures += 1
    entry.last = now.timeIntervalSince1970
    update(account, entry)
    return max(0, Self.allowed - entry.failures)
  }

  /// A right password, or the admin setting a new one: the count starts again.
  public mutating func cleared(_ account: String) {
    guard entries()[account] != nil else { return }
    update(account, nil)
  }

  private mutating func update(_ account: String, _ entry: Entry?) {
    fallback[account] = entry
    guard let lock = try? FileLock.wait(lockPath, .exclusive) else { return }
    defer { lock.release() }
    var all =
      (try? FileIO.read(path)).flatMap { try? JSONDecoder().decode([String: Entry].self, from: $0) }
      ?? [:]
    all[account] = entry
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    guard let bytes = try? encoder.encode(all), (try? FileIO.replace(path, with: bytes)) != nil
    else { return }
    fallback[account] = nil
  }
}
