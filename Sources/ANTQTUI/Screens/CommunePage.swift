import ANTQCore

/// One commune's page: its roll-up for the year (every share as numerator / denominator),
/// then its residential areas, institutions, teams, model sites and latest activity, one
/// section at a time, and its figures over the years as charts. Opened with Enter from the communes list; Esc goes back.
enum CommunePage {
  static func make(_ summary: CommuneSummary, context: AppContext) -> SectionsPage {
    let id = summary.communeID
    return SectionsPage(
      header: { header(communeID: id, context: $0) },
      sections: [
        .init(titleKey: "sup.page.areas", screen: CommuneSections.areas(communeID: id)),
        .init(
          titleKey: "sup.page.institutions", screen: CommuneSections.institutions(communeID: id)),
        .init(titleKey: "sup.page.teams", screen: CommuneSections.teams(communeID: id)),
        .init(titleKey: "sup.page.sites", screen: CommuneSections.sites(communeID: id)),
        .init(titleKey: "sup.page.activity", screen: CommuneSections.activity(communeID: id)),
        .init(titleKey: "chart.years.title", screen: CommuneYearsChart(communeID: id)),
      ], context: context)
  }

  static func header(communeID: String, context: AppContext) -> [SectionsPage.Line] {
    let data = context.data
    guard
      let summary = CommuneSummary.one(communeID, in: data, year: context.year, asOf: context.asOf)
    else { return [] }
    let catalog = context.catalog
    let numbers = context.numbers
    let split = institutionShares(communeID: communeID, data: data, year: context.year)
    var safety = catalog.format(
      "commune.safety", context.year, catalog["safety.\(summary.safety.rawValue)"])
    let subject = Subject(.commune, communeID)
    // The year's last decision on the commune, as `YearResults` keeps it.
    if let decision = data.assessments.last(where: {
      $0.year == context.year && $0.subject == subject
    }) {
      safety += catalog.format(
        "sup.page.decision", decision.decisionNumber, decision.decisionDate.dayMonthYear)
    }
    var areas = catalog.format("commune.areas", summary.residentialAreas.text(numbers))
    if summary.kind == .xa {
      areas +=
        " · " + catalog["col.newRural"] + ": "
        + catalog["newRural.\(summary.newRural.rawValue)"]
    }
    return [
      (
        catalog.format("commune.title", catalog["kind.\(summary.kind.rawValue)"], summary.name),
        .title
      ),
      (safety, CommunesScreen.safetyStyle(summary.safety) ?? .plain),
      (areas, .plain),
      (
        catalog.format(
          "sup.page.institutionShares", split.agencies.text(numbers), split.schools.text(numbers)),
        .plain
      ),
      (
        catalog.format(
          "commune.counts", numbers.integer(summary.teams), numbers.integer(summary.members),
          numbers.integer(summary.modelSites)), .plain
      ),
      (
        catalog.format(
          "commune.activity", numbers.integer(summary.patrols), numbers.integer(summary.tips),
          numbers.integer(summary.tipsOpen), numbers.integer(summary.tipsOverdue),
          numbers.integer(summary.incidents)), .plain
      ),
    ]
  }

  /// The commune's entry of `InstitutionShares.byCommune`, without every other commune's.
  static func institutionShares(communeID: String, data: ProvinceData, year: Int)
    -> InstitutionShares
  {
    var shares = InstitutionShares()
    var school: [String: Bool] = [:]
    for institution in data.institutions
    where institution.communeID == communeID && institution.classified {
      school[institution.id] = institution.kind == .school
      if institution.kind == .school {
        shares.schools.denominator += 1
      } else {
        shares.agencies.denominator += 1
      }
    }
    for a in data.assessments
    where a.year == year && a.result == .met && a.subject.kind == .institution {
      guard let isSchool = school[a.subject.id] else { continue }
      if isSchool {
        shares.schools.numerator += 1
      } else {
        shares.agencies.numerator += 1
      }
    }
    return shares
  }
}
