/// Why a change is not allowed: a catalog key and its arguments ("access.otherCommune").
public struct AccessRefusal: Error, Hashable, Sendable {
  public let key: String
  public let arguments: [String]

  public init(_ key: String, _ arguments: [String] = []) {
    self.key = key
    self.arguments = arguments
  }
}

extension AccessRefusal {
  /// The refusal in the user's language; arguments that are catalog keys (a tip's stage) are
  /// named as the screen names them.
  public func message(_ catalog: Catalog) -> String {
    catalog.format(key, arguments: arguments.map { catalog.keys.contains($0) ? catalog[$0] : $0 })
  }
}
