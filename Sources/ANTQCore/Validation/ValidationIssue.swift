/// Why a value was refused: the field, the catalog key of the message and its `{0}`… values.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var key: String
  public var arguments: [String]
  /// The record it is about, when checking many records at once.
  public var recordID: String?

  public init(field: String, key: String, arguments: [String] = [], recordID: String? = nil) {
    self.field = field
    self.key = key
    self.arguments = arguments
    self.recordID = recordID
  }

  /// The message in the catalog's language, placeholders filled. An argument made of
  /// catalog keys ("validation.stage.closed", several joined by ",") is shown translated.
  public func message(_ catalog: Catalog) -> String {
    var text = catalog[key]
    for (i, argument) in arguments.enumerated() {
      let shown =
        argument.hasPrefix("validation.")
        ? argument.split(separator: ",").map { catalog[String($0)] }.joined(separator: ", ")
        : argument
      text = text.replacingAll("{\(i)}", with: shown)
    }
    return text
  }

  public var description: String {
    "\(recordID.map { $0 + " " } ?? "")\(field): \(key) \(arguments)"
  }
}
