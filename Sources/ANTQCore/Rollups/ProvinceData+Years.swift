extension ProvinceData {
  /// The years with yearly data (assessments, appraisals or activity records), oldest
  /// first. Start years of sites, teams and recognitions alone do not make a year.
  public var years: [Int] {
    var found = Set<Int>()
    for a in assessments { found.insert(a.year) }
    for a in appraisals { found.insert(a.year) }
    for p in patrols { found.insert(p.start.day.year) }
    for t in tips { found.insert(t.receivedAt.day.year) }
    for i in incidents { found.insert(i.day.year) }
    for o in outreach { found.insert(o.day.year) }
    for d in trafficDuties { found.insert(d.day.year) }
    for w in wantedCases { found.insert(w.day.year) }
    return found.sorted()
  }
}
