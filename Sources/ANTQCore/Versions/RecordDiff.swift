import Foundation

/// The fields two versions of a record differ in, as their stored JSON names them: what a
/// person deciding a conflict compares.
public enum RecordDiff {
  public struct Field: Hashable, Sendable {
    public let name: String
    /// The value in each version, as stored; nil when the version lacks the field or the
    /// record (deleted).
    public let left: String?
    public let right: String?
  }

  public static func fields(_ left: Record?, _ right: Record?) -> [Field] {
    let a = object(left)
    let b = object(right)
    // An informant's identity is shown in the tip form only, never beside another version.
    return Set(a.keys).union(b.keys).subtracting(["informant", "sealedIdentity"]).sorted()
      .compactMap { name in
        a[name] == b[name] ? nil : Field(name: name, left: a[name], right: b[name])
      }
  }

  /// The record's top-level fields with their values as compact JSON text.
  private static func object(_ record: Record?) -> [String: String] {
    guard var record else { return [:] }
    if var tip = record.as(Tip.self) {
      // Never compared (above), and the sealed identity is most of a tip's bytes.
      tip.informant = nil
      tip.sealedIdentity = nil
      record = Record(tip)
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(Wrapper(record: record)),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    var result: [String: String] = [:]
    for (key, value) in object {
      if let text = value as? String {
        result[key] = text
      } else if let data = try? JSONSerialization.data(
        withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
      {
        result[key] = String(decoding: data, as: UTF8.self)
      }
    }
    return result
  }

  private struct Wrapper: Encodable {
    let record: Record
    func encode(to encoder: any Encoder) throws { try record.encode(to: encoder) }
  }
}
