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

  /// An informant's identity is shown in the tip form only, never beside another version.
  private static let neverShown: Set<String> = ["informant", "sealedIdentity"]

  public static func fields(_ left: Record?, _ right: Record?) -> [Field] {
    fields(left.map(RecordFields.init), right.map(RecordFields.init))
  }

  static func fields(_ left: RecordFields?, _ right: RecordFields?) -> [Field] {
    let a = left?.values ?? [:]
    let b = right?.values ?? [:]
    return Set(a.keys).union(b.keys).subtracting(neverShown).sorted().compactMap { name in
      switch (a[name], b[name]) {
      case (let old?, let new?):
        return RecordFields.same(old, new)
          ? nil
          : Field(name: name, left: RecordFields.text(old), right: RecordFields.text(new))
      case (let old, let new):
        return Field(
          name: name, left: old.map(RecordFields.text), right: new.map(RecordFields.text))
      }
    }
  }
}
