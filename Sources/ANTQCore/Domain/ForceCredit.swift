/// A record the province's report credits to the grassroots force ("lực lượng tham gia bảo
/// vệ ANTT ở cơ sở") when the force took part.
public protocol ForceCredited {
  var byForce: Bool? { get }
}

extension ForceCredited {
  /// Records saved before the question was asked count as the force's.
  public var isForce: Bool { byForce ?? true }
}

extension Patrol: ForceCredited {}
extension Tip: ForceCredited {}
extension Incident: ForceCredited {}
extension OutreachSession: ForceCredited {}
extension TrafficDuty: ForceCredited {}
