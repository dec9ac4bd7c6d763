/// The details the law asks for, added after every seeded figure is in place (so the seed
/// report's figures stay what they were): the force's part and the team on each record, tip
/// handling by the Criminal Procedure Code, decisions' issuers, full birth dates, and
/// records that are not the force's (counted in the `…All` figures only).
extension DemoBuild {
  mutating func lawDetails() {
    decisionsAndMembers()
    modelDetails()
    creditForce()
    tipHandling()
    othersRecords()
    outOfScopeSchools()
    newRegisters()
  }

  /// Teams' founding decisions, issuers of classifications, members' birth dates,
  /// admission decisions, uniform days and allowances.
  private mutating func decisionsAndMembers() {
    let communeName = Dictionary(uniqueKeysWithValues: data.communes.map { ($0.id, $0) })
    let areaCommune = Dictionary(
      uniqueKeysWithValues: data.residentialAreas.map { ($0.id, $0.communeID) })
    let institutionCommune = Dictionary(
      uniqueKeysWithValues: data.institutions.map { ($0.id, $0.communeID) })
    for t in data.teams.indices {
      data.teams[t].decisionNumber = "\(100 + t % 900)/QĐ-UBND"
    }
    for a in data.assessments.indices {
      let subject = data.assessments[a].subject
      if subject.kind == .commune {
        data.assessments[a].issuedBy = "UBND " + data.province.name.lowercasedFirst
      } else {
        let communeID =
          subject.kind == .residentialArea
          ? areaCommune[subject.id] : institutionCommune[subject.id]
        data.assessments[a].issuedBy = communeID.flatMap { communeName[$0] }.map {
          "UBND " + $0.kind.word + " " + $0.name
        }
      }
    }
    let allowance: [Member.Role: Int] = [
      .leader: 1_300_000, .deputy: 1_150_000, .member: 1_000_000,
    ]
    for m in data.members.indices {
      let member = data.members[m]
      let month = rng.int(in: 1...12)
      let day = rng.int(in: 1...Day.daysIn(month: month, year: member.birthYear))
      data.members[m].birthDate = Day(year: member.birthYear, month: month, day: day)
      data.members[m].admissionDecision = "\(200 + m % 800)/QĐ-UBND"
      if member.uniformIssued {
        data.members[m].uniformIssuedOn = min(
          member.joined.adding(days: rng.int(in: 0...45)), desc.asOf)
      }
      if member.paidAllowance { data.members[m].monthlyAllowance = allowance[member.role] }
    }
  }

  /// Model types' main kind, sites' cameras and groups, the report's named places, the
  /// respected persons of "Bản Mông bình yên", exemplars as groups or persons.
  private mutating func modelDetails() {
    for t in data.modelTypes.indices {
      data.modelTypes[t].mainKind = Self.mainKind(data.modelTypes[t].name)
    }
    let cameraType = data.modelTypes.first { $0.name == "Camera an ninh" }?.id
    for s in data.modelSites.indices {
      data.modelSites[s].groups = rng.int(in: 1...3)
      if data.modelSites[s].modelTypeID == cameraType {
        data.modelSites[s].cameras = rng.int(in: 4...30)
      }
    }
    if let chiDam = data.modelSites.firstIndex(where: { $0.name.contains("66 mắt camera") }) {
      data.modelSites[chiDam].cameras = 66
    }
    if let thuCuc = data.modelSites.firstIndex(where: { $0.name.hasPrefix("Bản Mông bình yên") }) {
      data.modelSites[thuCuc].respectedPersons = [
        personName(female: false), personName(female: false), personName(female: true),
      ]
    }
    place(
      "Trường học an toàn không có ma túy và bạo lực học đường", .school,
      "Trường THPT Công nghiệp Việt Trì")
    place("Khu công nghiệp an toàn về ANTT", .enterprise, "Khu Công nghiệp Phú Hà")
    place("Nâng cao nhận thức và quản lý rác thải bền vững", .agency, "Bệnh viện đa khoa Vĩnh Phúc")
    if let type = data.modelTypes.first(where: { $0.name.hasPrefix("Kênh thông tin") }),
      let s = data.modelSites.firstIndex(where: {
        $0.modelTypeID == type.id && $0.retiredYear == nil
      })
    {
      let unit = "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội, Công an tỉnh"
      data.modelSites[s].provincialUnit = unit
      data.modelSites[s].name = type.name + " – " + unit
    }
    for e in data.exemplars.indices {
      data.exemplars[e].holder = rng.chance(perMille: 250) ? .person : .group
    }
  }

  /// The first running site of the model type is placed at an institution of its commune,
  /// which takes the name the province's report gives it.
  private mutating func place(_ typeName: String, _ kind: Institution.Kind, _ name: String) {
    guard let type = data.modelTypes.first(where: { $0.name == typeName }) else { return }
    for s in data.modelSites.indices
    where data.modelSites[s].modelTypeID == type.id && data.modelSites[s].retiredYear == nil {
      let communeID = data.modelSites[s].communeID
      guard
        let i = data.institutions.firstIndex(where: { $0.communeID == communeID && $0.kind == kind }
        )
      else { continue }
      data.institutions[i].name = name
      data.modelSites[s].institutionID = data.institutions[i].id
      data.modelSites[s].residentialAreaID = nil
      data.modelSites[s].name = typeName + " – " + name
      return
    }
  }

  static func mainKind(_ name: String) -> ModelType.MainKind {
    let lower = name.lowercased()
    if lower.contains("hòa giải") { return .selfMediation }
    if lower.contains("tự quản") || lower.contains("quản lý") { return .selfManagement }
    if lower.contains("camera") || lower.contains("bảo vệ") || lower.contains("kẻng")
      || lower.contains("đèn") || lower.contains("an toàn")
    {
      return .selfProtection
    }
    return .selfPrevention
  }

  /// Every seeded activity is the grassroots force's, by a team of its commune when one
  /// existed on the day.
  private mutating func creditForce() {
    // Only what the choice needs, per commune in the teams' order: asked of every record,
    // filtering whole teams copied each one (a third of the demo's making).
    var teamsByCommune: [String: [(founded: Day, id: String)]] = [:]
    for team in data.teams {
      teamsByCommune[team.communeID, default: []].append((team.founded, team.id))
    }
    func team(_ communeID: String, _ day: Day, _ n: Int) -> String? {
      guard let teams = teamsByCommune[communeID] else { return nil }
      let open = teams.reduce(0) { $1.founded <= day ? $0 + 1 : $0 }
      guard open > 0 else { return nil }
      var wanted = n % open
      for team in teams where team.founded <= day {
        if wanted == 0 { return team.id }
        wanted -= 1
      }
      return nil
    }
    for i in data.patrols.indices { data.patrols[i].byForce = true }
    for i in data.tips.indices {
      data.tips[i].byForce = true
      data.tips[i].teamID = team(data.tips[i].communeID, data.tips[i].day, i)
    }
    for i in data.incidents.indices {
      data.incidents[i].byForce = true
      data.incidents[i].teamID = team(data.incidents[i].communeID, data.incidents[i].day, i)
    }
    for i in data.outreach.indices {
      data.outreach[i].byForce = true
      data.outreach[i].teamID = team(data.outreach[i].communeID, data.outreach[i].day, i)
    }
    for i in data.trafficDuties.indices {
      data.trafficDuties[i].byForce = true
      data.trafficDuties[i].teamID = team(
        data.trafficDuties[i].communeID, data.trafficDuties[i].day, i)
    }
  }

  /// Intake numbers, forwards mostly within 24 hours (48 in remote communes) and a few late,
  /// the investigation agency's decisions, informants told the outcome.
  private mutating func tipHandling() {
    let remote = Set(data.communes.filter(\.remote).map(\.id))
    for i in data.tips.indices {
      var tip = data.tips[i]
      tip.intakeNumber = "\(i % 9000 + 1)/BB-TN"
      retime(&tip, remote: remote.contains(tip.communeID))
      data.tips[i] = tip
    }
  }

  mutating func retime(_ tip: inout Tip, remote: Bool) {
    let end = Moment(day: desc.asOf, minuteOfDay: 23 * 60 + 59)
    // The commune's own steps; a suspension the commune once recorded becomes a forward.
    var stages = tip.steps.map(\.stage)
    if let s = stages.firstIndex(of: .suspended), s > 0, stages[s - 1] == .verifying {
      stages[s] = .forwarded
    }
    stages.removeAll { $0.isAgencyDecision || $0.isExtension }
    let hours = Tip.forwardHours(remote: remote)
    let late = rng.chance(perMille: 40)
    let forwardAfter =
      late ? rng.int(in: hours * 60 + 60...hours * 60 + 18 * 60) : rng.int(in: 90...hours * 60 - 60)
    var steps: [Tip.Step] = []
    var at = tip.receivedAt
    for stage in stages {
      switch stage {
      case .received: break
      case .classified: at = at.adding(minutes: rng.int(in: 15...60))
      case .verifying: at = at.adding(minutes: rng.int(in: 20...60))
      case .forwarded:
        at = max(at.adding(minutes: 10), tip.receivedAt.adding(minutes: forwardAfter))
      default: at = at.adding(minutes: rng.int(in: 2 * 1440...10 * 1440))
      }
      if end < at { break }
      if stage == .closed, steps.last?.stage == .forwarded, tip.isCrimeTip {
        at = agencyDecision(&steps, after: at, end: end)
        if end < at { break }
      }
      steps.append(Tip.Step(stage: stage, at: at))
    }
    tip.steps = steps
    if tip.informant != nil, steps.last?.stage == .closed, !rng.chance(perMille: 100) {
      tip.informantNotified = min(steps.last!.at.day.adding(days: rng.int(in: 1...5)), desc.asOf)
    }
  }

  /// Prosecute or not within the 20 days, sometimes after an extension.
  private mutating func agencyDecision(_ steps: inout [Tip.Step], after at: Moment, end: Moment)
    -> Moment
  {
    var at = steps.last!.at
    if rng.chance(perMille: 120) {
      at = at.adding(minutes: rng.int(in: 15...19) * 1440)
      if end < at { return at }
      steps.append(
        Tip.Step(stage: .extended, at: at, grantedBy: "Thủ trưởng Cơ quan CSĐT Công an tỉnh"))
    }
    at = at.adding(minutes: rng.int(in: 3...18) * 1440)
    if end < at { return at }
    let stage: Tip.Stage = rng.chance(perMille: 450) ? .prosecuted : .notProsecuted
    steps.append(Tip.Step(stage: stage, at: at, number: "\(rng.int(in: 10...999))/QĐ-CSĐT"))
    return at.adding(minutes: rng.int(in: 60...2 * 1440))
  }

  /// Records that are not the force's: a share more of each activity, counted only in
  /// the report's `…All` figures.
  private mutating func othersRecords() {
    let remote = Set(data.communes.filter(\.remote).map(\.id))
    for (k, target) in desc.years.enumerated() {
      let short = "\(target.year % 100)-"
      let tipTemplates = data.tips.filter { $0.day.year == target.year }
      let incidentsTemplates = data.incidents.filter { $0.day.year == target.year }
      let outreachTemplates = data.outreach.filter { $0.day.year == target.year }
      let trafficDutiesTemplates = data.trafficDuties.filter { $0.day.year == target.year }
      let patrolsTemplates = data.patrols.filter { $0.day.year == target.year }
      for n in 0..<target.tips / 9 {
        var tip = rng.pick(tipTemplates)
        tip.id = ident("TB" + short, target.tips + n + 1)
        tip.receivedAt = Moment(day: dayIn(k), minuteOfDay: rng.int(in: 7 * 60...21 * 60))
        tip.incidentAt = tip.receivedAt.adding(minutes: -rng.int(in: 30...2880))
        tip.byForce = false
        tip.teamID = nil
        tip.informant = nil
        tip.informantNotified = nil
        tip.intakeNumber = "\(n + 1)/BB-TN-K"
        tip.steps = [Tip.Step(stage: .received, at: tip.receivedAt)] + tip.steps.dropFirst()
        retime(&tip, remote: remote.contains(tip.communeID))
        data.tips.append(tip)
      }
      for n in 0..<target.incidentsResolved / 8 {
        var r = rng.pick(incidentsTemplates)
        r.id = ident("V" + short, target.incidentsResolved + n + 1)
        r.day = dayIn(k)
        r.byForce = false
        r.teamID = nil
        data.incidents.append(r)
      }
      for n in 0..<target.outreachSessions / 6 {
        var r = rng.pick(outreachTemplates)
        r.id = ident("TT" + short, target.outreachSessions + n + 1)
        r.day = dayIn(k)
        r.byForce = false
        r.teamID = nil
        data.outreach.append(r)
      }
      for n in 0..<target.trafficDuties / 7 {
        var r = rng.pick(trafficDutiesTemplates)
        r.id = ident("GT" + short, target.trafficDuties + n + 1)
        r.day = dayIn(k)
        r.byForce = false
        r.teamID = nil
        data.trafficDuties.append(r)
      }
      for n in 0..<target.patrols / 10 {
        var r = rng.pick(patrolsTemplates)
        r.id = ident("P" + short, target.patrols + n + 1)
        let day = rng.day(from: window(k).first, through: window(k).last.adding(days: -1))
        let length = r.end.absoluteMinutes - r.start.absoluteMinutes
        r.start = Moment(day: day, minuteOfDay: r.start.minuteOfDay)
        r.end = r.start.adding(minutes: length)
        r.byForce = false
        r.teamID = nil
        r.participants = Patrol.Participants(
          police: max(1, r.participants.police), militia: r.participants.militia, teamMembers: 0)
        data.patrols.append(r)
      }
    }
    data.tips.sort { ($0.day.year, $0.id) < ($1.day.year, $1.id) }
    data.incidents.sort { ($0.day.year, $0.id) < ($1.day.year, $1.id) }
    data.outreach.sort { ($0.day.year, $0.id) < ($1.day.year, $1.id) }
    data.trafficDuties.sort { ($0.day.year, $0.id) < ($1.day.year, $1.id) }
    data.patrols.sort { ($0.day.year, $0.id) < ($1.day.year, $1.id) }
  }

  /// Kindergartens and primary schools: recorded, not classified (Circular 124/2021 art. 1).
  private mutating func outOfScopeSchools() {
    for commune in data.communes {
      let place = commune.kind.word + " " + commune.name
      for (prefix, scope) in [
        ("Trường Mầm non", Institution.OutOfScope.kindergarten),
        ("Trường Tiểu học", .primarySchool),
      ] {
        data.institutions.append(
          Institution(
            id: ident("I", data.institutions.count + 1, width: 4), communeID: commune.id,
            name: prefix + " " + place, kind: .school, outOfScope: scope))
      }
    }
  }

  /// People managed at the commune, education files and referrals, rescues: plausible,
  /// illustrative figures ("hàng nghìn", "hàng trăm").
  private mutating func newRegisters() {
    let categories = ManagedPerson.Category.allCases
    for n in 0..<2_460 {
      let c = weightedCommune()
      let from = rng.day(from: Day(year: 2019, month: 1, day: 1)!, through: desc.asOf)
      let ends = rng.chance(perMille: 300)
      let until = ends ? min(from.adding(days: rng.int(in: 180...1800)), desc.asOf) : nil
      let teams = teamsOf[c]
      data.managedPeople.append(
        ManagedPerson(
          id: ident("QL", n + 1), communeID: data.communes[c].id,
          fullName: personName(female: rng.chance(perMille: 120)), category: rng.pick(categories),
          from: from, until: until == from ? nil : until,
          teamID: teams.isEmpty || from < desc.teamsFrom
            ? nil : data.teams[teams[rng.below(teams.count)]].id))
    }
    for (k, target) in desc.years.enumerated() {
      let short = "\(target.year % 100)-"
      let plan: [(EducationFile.Measure, Int)] = [
        (.educationAtCommune, 310 + k * 24), (.reformSchool, 17 + k * 2),
        (.compulsoryRehab, 52 + k * 6),
      ]
      for (measure, count) in plan {
        for _ in 0..<count {
          data.educationFiles.append(
            EducationFile(
              id: ident("GD" + short, data.educationFiles.count + 1, width: 4),
              communeID: data.communes[weightedCommune()].id,
              fullName: personName(female: rng.chance(perMille: 150)), measure: measure,
              day: dayIn(k), decisionNumber: "\(rng.int(in: 1...400))/QĐ-UBND"))
        }
      }
      for n in 0..<(126 + k * 11) {
        let c = weightedCommune()
        let teams = teamsOf[c]
        let day = dayIn(k)
        let team = teams.isEmpty ? nil : data.teams[teams[rng.below(teams.count)]]
        data.rescues.append(
          Rescue(
            id: ident("CH" + short, n + 1, width: 4), communeID: data.communes[c].id, day: day,
            summary: rng.pick(Self.rescueSummaries), peopleRescued: rng.int(in: 0...6),
            teamID: team.flatMap { $0.founded <= day ? $0.id : nil }, byForce: true))
      }
    }
  }

  static let rescueSummaries = [
    "Cứu người đuối nước", "Hỗ trợ di dời dân khỏi vùng ngập lụt", "Chữa cháy nhà dân",
    "Cứu hộ xe mắc kẹt do sạt lở", "Tìm kiếm người mất tích trong rừng",
    "Hỗ trợ khắc phục cây đổ sau bão",
  ]
}

extension String {
  /// "Tỉnh Minh Họa" → "tỉnh Minh Họa".
  var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
