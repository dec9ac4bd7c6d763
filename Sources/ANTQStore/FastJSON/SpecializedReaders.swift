import ANTQCore

/// A record whose `init(fields:)` is compiled here for `TapeFieldSource` (the init is
/// `@inlinable`), so each field is read by code made for its type. Reached through
/// `any FieldReadable.Type`, a record reads every field through generic code that looks its
/// type up at run time, which is most of what reading it costs.
protocol TapeReadable: FieldReadable {
  static func read(_ decoder: TapeDecoder, at index: Int) throws -> Self
}

extension TapeReadable {
  static func read(_ decoder: TapeDecoder, at index: Int) throws -> Self {
    guard decoder.document.tape[index].kind == .object else {
      throw FastJSONUnsupported(reason: "not an object")
    }
    return try Self(fields: TapeFieldSource(decoder: decoder, object: index))
  }
}

extension Commune: TapeReadable {}
extension ResidentialArea: TapeReadable {}
extension Institution: TapeReadable {}
extension SafetyAssessment: TapeReadable {}
extension Subject: TapeReadable {}
extension NewRuralRecognition: TapeReadable {}
extension ModelType: TapeReadable {}
extension ModelSite: TapeReadable {}
extension ModelAppraisal: TapeReadable {}
extension Exemplar: TapeReadable {}
extension Team: TapeReadable {}
extension Member: TapeReadable {}
extension Patrol: TapeReadable {}
extension Patrol.Participants: TapeReadable {}
extension Tip: TapeReadable {}
extension Tip.Step: TapeReadable {}
extension SealedIdentity: TapeReadable {}
extension Incident: TapeReadable {}
extension OutreachSession: TapeReadable {}
extension TrafficDuty: TapeReadable {}
extension WantedPersonCase: TapeReadable {}
extension ManagedPerson: TapeReadable {}
extension EducationFile: TapeReadable {}
extension Rescue: TapeReadable {}
extension User: TapeReadable {}
extension IdentityReveal: TapeReadable {}
