/// Why a value was refused: the field, the catalog key of the message and its `{0}`… values.
public struct ValidationIssue: Error, Hashable, Sendable, CustomStringConvertible {
  public var field: String
  public var key: String
  public var arguments: [String]
  /// The record it is about, when checking many records at once.
  public var recordID: String?
  /// A warning is about a record saved before a rule: listed by `antq check`, never refused.
  public var severity: Severity

  public enum Severity: String, Hashable, Sendable {
    case error, warning
  }

  public init(
    field: String, key: String, arguments: [String] = [], recordID: String? = nil,
    severity: Severity = .error
  ) {
    self.field = field
    self.key = key
    self.arguments = arguments
    self.recordID = recordID
    self.severity = severity
  }

  public static func warning(_ field: String, _ key: String, _ arguments: [String] = [])
    -> ValidationIssue
  {
    ValidationIssue(field: field, key: key, arguments: arguments, severity: .warning)
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
