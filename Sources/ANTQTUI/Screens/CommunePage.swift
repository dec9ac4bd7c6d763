import ANTQCore

/// One commune's page: its roll-up for the year (every share as numerator / denominator),
/// then its residential areas, institutions, teams, model sites and latest activity, one
/// section at a time. Opened with Enter from the communes list; Esc goes back.
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
      ], context: context)
  }

  static func header(communeID: String, context: AppContext) -> [SectionsPage.Line] {
    let data = context.data
    guard
      let summary = CommuneSummary.one(communeID, in: data, year: context.year, asOf: context.asOf)
    else { return [] }
    let catalog = context.catalog
    let numbers = context.numbers
    let split =
      InstitutionShares.byCommune(data, year: context.year)[communeID] ?? InstitutionShares()
    var safety = catalog.format(
      "commune.safety", context.year, catalog["safety.\(summary.safety.rawValue)"])
    if let decision = YearResults(data, year: context.year)[Subject(.commune, communeID)] {
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
}
