import ANTQCore

/// What a screen computed for each year, kept while the data stays the same, so that `[`
/// and `]` find the neighbouring years ready: the screen computes them between keys.
struct YearCache<Value> {
  private var values: [Int: Value] = [:]
  private var version = -1
  /// Neighbouring years not computed yet, as of the last `value(for:)`.
  private(set) var missing: [Int] = []

  /// The value for the context's year, computed now if it was not ready.
  mutating func value(for context: AppContext, compute: (AppContext) -> Value) -> Value {
    if version != context.dataVersion {
      values = [:]
      version = context.dataVersion
    }
    let value = values[context.year] ?? compute(context)
    values[context.year] = value
    missing = context.neighbourYears.filter { values[$0] == nil }
    return value
  }

  /// Computes one missing neighbouring year; for `Screen.idle`.
  mutating func prepareNext(_ context: AppContext, compute: (AppContext) -> Value) {
    guard version == context.dataVersion, let year = missing.popLast() else { return }
    var other = context
    other.year = year
    values[year] = compute(other)
  }
}
