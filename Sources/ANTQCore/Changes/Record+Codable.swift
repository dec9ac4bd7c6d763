extension Record {
  /// Decodes the record body of the given kind.
  static func decode(_ kind: RecordKind, from decoder: any Decoder) throws -> Record {
    try kind.type.decodeRecord(from: decoder)
  }

  /// Encodes the record body alone (its kind is written beside it by `Change`).
  func encode(to encoder: any Encoder) throws { try value.encodeRecord(to: encoder) }
}
