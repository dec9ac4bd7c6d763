import Foundation

/// Runs `body` for every element on all cores and returns the results in input order.
/// Put the biggest jobs first: the pool takes them in order.
public func parallelMap<Element: Sendable, Result: Sendable>(
  _ elements: [Element], _ body: @Sendable (Element) -> Result
) -> [Result] {
  let slots = Slots<Result>(count: elements.count)
  DispatchQueue.concurrentPerform(iterations: elements.count) { index in
    slots.set(index, body(elements[index]))
  }
  return slots.values()
}

private final class Slots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  func values() -> [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage.map { $0! }
  }
}

/// A value computed on another thread while the caller does something else; `value` waits
/// for it.
public final class InBackground<Value: Sendable>: @unchecked Sendable {
  private var result: Value?
  private var body: (@Sendable () -> Value)?
  private let done = DispatchSemaphore(value: 0)

  public init(_ body: @escaping @Sendable () -> Value) {
    self.body = body
    DispatchQueue.global().async {
      self.result = self.run()
      self.done.signal()
    }
  }

  /// The body is let go before `value` returns, so what it captured is no longer shared: the
  /// caller may then change its own copy in place.
  private func run() -> Value {
    let body = self.body!
    self.body = nil
    return body()
  }

  public func value() -> Value {
    done.wait()
    defer { done.signal() }
    return result!
  }
}
