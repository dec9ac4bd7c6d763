import ANTQCore

/// A small commune office: one xã with ten residential areas and a team, building blocks for
/// the law's rules (DOMAIN.md).
enum LawFixture {
  static let today = Day(year: 2025, month: 12, day: 31)!

  static func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d)! }
  static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Moment {
    Moment(day: day(y, m, d), hour: h, minute: min)!
  }

  static func data(areas: Int = 10, remote: Bool = false) -> ProvinceData {
    var data = ProvinceData(province: Province(name: "Tỉnh thử"))
    data.communes = [Commune(id: "X1", name: "Chí Đám", kind: .xa, remote: remote)]
    data.residentialAreas = (1...areas).map {
      ResidentialArea(id: "K\($0)", communeID: "X1", name: "Thôn \($0)", kind: .thon)
    }
    data.teams = [
      Team(
        id: "T1", communeID: "X1", name: "Tổ Đồng Tâm", residentialAreaIDs: ["K1"],
        founded: day(2024, 7, 1), decisionNumber: "12/QĐ-UBND")
    ]
    data.members = [
      member(id: "M1", role: .leader, born: day(1980, 3, 15), joined: day(2024, 7, 5))
    ]
    data.modelTypes = [ModelType(id: "MT1", name: "Camera an ninh", mainKind: .selfProtection)]
    data.modelSites = [
      ModelSite(id: "S1", modelTypeID: "MT1", communeID: "X1", name: "Camera", startYear: 2020)
    ]
    return data
  }

  static func member(
    id: String = "M2", role: Member.Role = .member, born: Day, joined: Day,
    over70Decision: String? = nil
  ) -> Member {
    Member(
      id: id, teamID: "T1", fullName: "Lương Oanh Quốc", birthYear: born.year, gender: .male,
      role: role, joined: joined, uniformIssued: true, paidAllowance: true, birthDate: born,
      admissionDecision: "20/QĐ-UBND", over70Decision: over70Decision)
  }

  /// `met` of the commune's areas recognised đạt in 2025.
  static func areasMet(_ met: Int, of data: inout ProvinceData) {
    for (i, area) in data.residentialAreas.enumerated() {
      data.assessments.append(
        SafetyAssessment(
          id: "A\(i)", year: 2025, subject: Subject(.residentialArea, area.id),
          result: i < met ? .met : .notMet, decisionNumber: "\(i)/QĐ-UBND",
          decisionDate: day(2025, 11, 5), issuedBy: "UBND xã Chí Đám"))
    }
  }

  static func communeMet(_ data: ProvinceData) -> SafetyAssessment {
    Classification.assessment(
      of: Subject(.commune, "X1"), year: 2025, result: .met, decisionNumber: "9/QĐ-UBND",
      decisionDate: day(2025, 12, 1), in: data)
  }

  static func tip(
    kind: Tip.Kind = .denunciation, received: Moment, _ steps: [(Tip.Stage, Moment)] = [],
    number: String? = nil, grantedBy: String? = nil
  ) -> Tip {
    Tip(
      id: "TB1", communeID: "X1", residentialAreaID: "K1", receivedAt: received, channel: .phone,
      kind: kind, topic: "Trộm cắp", urgency: .normal, summary: "Mất xe máy", informant: nil,
      steps: [Tip.Step(stage: .received, at: received)]
        + steps.map { Tip.Step(stage: $0.0, at: $0.1, number: number, grantedBy: grantedBy) },
      intakeNumber: "1/BB")
  }
}
