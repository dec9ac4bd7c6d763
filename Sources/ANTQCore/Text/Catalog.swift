/// The strings a user reads, in one language, keyed by a stable id.
/// Loaded from `assets/i18n/<lang>.json` by the store; this type does no I/O.
public struct Catalog: Sendable {
  public let language: Language
  fileprivate let strings: [String: String]

  public init(language: Language, strings: [String: String]) {
    self.language = language
    self.strings = strings
  }

  public var keys: Dictionary<String, String>.Keys { strings.keys }

  /// The string for `key`; a missing key shows as the key itself so it is noticed, never crashes.
  public subscript(_ key: String) -> String { strings[key] ?? key }

  /// Fills `{0}`, `{1}`, … in the string for `key` with `arguments`.
  public func format(_ key: String, _ arguments: CustomStringConvertible...) -> String {
    format(key, arguments: arguments)
  }

  public func format(_ key: String, arguments: [CustomStringConvertible]) -> String {
    var text = self[key]
    for (index, argument) in arguments.enumerated() {
      text = text.replacingAll("{\(index)}", with: argument.description)
    }
    return text
  }
}

extension String {
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = self[...]
    while let range = rest.range(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}

extension Catalog {
  /// The same catalog with some strings replaced, e.g. command titles that name screens.
  public func overriding(_ replacements: [String: String]) -> Catalog {
    var strings = self.strings
    strings.merge(replacements) { _, new in new }
    return Catalog(language: language, strings: strings)
  }
}
