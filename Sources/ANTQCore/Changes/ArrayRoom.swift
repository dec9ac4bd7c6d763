extension Array {
  /// Room for `more` elements to be appended, growing as appending does (at least doubling):
  /// one copy for a batch of many, and batches of a few after it do not copy the array each.
  public mutating func makeRoom(for more: Int) {
    let needed = count + more
    if needed > capacity { reserveCapacity(Swift.max(needed, capacity * 2)) }
  }
}
