import Foundation

/// Whether data files are read with the fast tape reader (the default) or only with
/// Foundation's JSONDecoder. Benchmarks turn it off to compare; the product leaves it on.
public enum FastJSONSwitch {
  private static let state = LockedFlag(true)

  public static var isEnabled: Bool {
    get { state.value }
    set { state.value = newValue }
  }
}

private final class LockedFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Bool

  init(_ value: Bool) { stored = value }

  var value: Bool {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
