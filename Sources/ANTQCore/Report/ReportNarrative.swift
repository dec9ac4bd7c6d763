/// `antq report --format markdown`: the year's report as the province writes it — the seed
/// report's paragraphs with the year's numbers in them (counts, shares with their
/// denominators, the models with most sites and their places), then under each a table of the
/// figures against the previous year ("tăng 12 %"). Plain Markdown (ATX headings, pipe tables)
/// that pandoc converts as it is.
public enum ReportNarrative {
  public static func markdown(
    _ data: ProvinceData, year: Int, catalog: Catalog, illustrative: Bool = false
  ) -> String {
    let report = YearReport(data: data, year: year)
    let previous = data.years.contains(year - 1) ? YearReport(data: data, year: year - 1) : nil
    let style = NumberStyle(catalog.language)
    let n = { (key: String) in style.integer(report.value(forKey: key) ?? 0) }
    let share = { (key: String) in
      report.share(ReportLine.all.first { $0.key == key }!)!.text(style)
    }
    var out = "# " + ReportRenderer.title(report, catalog) + "\n\n"
    if illustrative { out += "> " + catalog["report.illustrative"] + "\n\n" }
    out += catalog.format("report.md.intro", year, report.province) + "\n\n"
    if previous == nil { out += catalog.format("report.md.noPrevious", year - 1) + "\n\n" }

    var models = catalog.format(
      "report.md.models", n("modelTypes"), n("modelSites"), n("exemplars"), year,
      n("modelsAppraised"))
    let top = topModels(data, year: year, style: style, catalog: catalog)
    if !top.isEmpty { models += " " + catalog.format("report.md.topModels", top) }
    let exemplars = exemplarPlaces(data, year: year, catalog: catalog)
    if !exemplars.isEmpty { models += " " + catalog.format("report.md.exemplarsList", exemplars) }
    let sections: [(heading: String, text: String, keys: [String])] = [
      (
        "report.md.models.heading", models,
        ["modelTypes", "modelSites", "exemplars", "modelsAppraised"]
      ),
      (
        "report.md.teams.heading",
        catalog.format(
          "report.md.teams", n("teams"), n("members"), share("membersUniformed"),
          share("membersPaidAllowance")),
        ["teams", "members", "membersUniformed", "membersPaidAllowance"]
      ),
      (
        "report.md.activities.heading",
        catalog.format(
          "report.md.activities", n("tips"), n("incidentsResolved"), n("outreachSessions"),
          n("patrols"), n("trafficDuties"), n("wantedCaught")),
        [
          "tips", "incidentsResolved", "outreachSessions", "patrols", "trafficDuties",
          "wantedCaught",
        ]
      ),
      (
        "report.md.safety.heading",
        catalog.format(
          "report.md.safety", share("residentialAreasSafe"), share("communesSafe"),
          share("agenciesEnterprisesSafe"), share("schoolsSafe")),
        ["residentialAreasSafe", "communesSafe", "agenciesEnterprisesSafe", "schoolsSafe"]
      ),
      (
        "report.md.newRural.heading",
        catalog.format(
          "report.md.newRural", share("xaNewRural"), n("newRuralModelResidentialAreas")),
        ["xaNewRural", "newRuralModelResidentialAreas"]
      ),
    ]
    for section in sections {
      out += "## " + catalog[section.heading] + "\n\n" + section.text + "\n\n"
      out += table(section.keys, report, previous, style, catalog) + "\n"
    }
    return out
  }

  private static func table(
    _ keys: [String], _ report: YearReport, _ previous: YearReport?, _ style: NumberStyle,
    _ catalog: Catalog
  ) -> String {
    let cell = { (text: String) in text.replacingAll("|", with: "\\|") }
    var header = [
      catalog["report.column.item"], catalog.format("report.md.column.year", report.year),
    ]
    if let previous {
      header += [
        catalog.format("report.md.column.year", previous.year),
        catalog.format("report.md.column.change", previous.year),
      ]
    }
    var out = "| " + header.map(cell).joined(separator: " | ") + " |\n"
    out += "|---|" + String(repeating: "---:|", count: header.count - 1) + "\n"
    for key in keys {
      let line = ReportLine.all.first { $0.key == key }!
      var row = [catalog[line.labelKey], ReportRenderer.valueText(report, line, style)]
      if let previous {
        row += [
          ReportRenderer.valueText(previous, line, style),
          change(line, report, previous, style, catalog),
        ]
      }
      out += "| " + row.map(cell).joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// "tăng 12 %", "giảm 3,5 %", "không đổi"; for a share, its change in percentage points.
  static func change(
    _ line: ReportLine, _ report: YearReport, _ previous: YearReport, _ style: NumberStyle,
    _ catalog: Catalog
  ) -> String {
    let difference: Int
    let text: (Int) -> String
    if let now = report.share(line)?.hundredthsOfPercent,
      let before = previous.share(line)?.hundredthsOfPercent
    {
      difference = now - before
      text = {
        catalog.format(
          "report.md.points",
          String(style.percent(hundredths: $0).dropLast(style.percentSign.count)))
      }
    } else {
      let now = report.value(forKey: line.key) ?? 0
      let before = previous.value(forKey: line.key) ?? 0
      guard before > 0 else {
        return now > 0 ? catalog["report.md.new"] : catalog["report.md.same"]
      }
      difference = (now - before) * 10_000 / before
      text = { style.percent(hundredths: $0) }
    }
    if difference == 0 { return catalog["report.md.same"] }
    return catalog.format(difference > 0 ? "report.md.up" : "report.md.down", text(abs(difference)))
  }

  /// The three model types with most sites running in the year, with their communes.
  private static func topModels(
    _ data: ProvinceData, year: Int, style: NumberStyle, catalog: Catalog
  ) -> String {
    var sites: [String: Int] = [:]
    var communes: [String: Set<String>] = [:]
    for site in data.modelSites where site.runs(in: year) {
      sites[site.modelTypeID, default: 0] += 1
      communes[site.modelTypeID, default: []].insert(site.communeID)
    }
    let names = Dictionary(data.modelTypes.map { ($0.id, $0.name) }) { a, _ in a }
    return sites.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(3).map {
      catalog.format(
        "report.md.modelItem", names[$0.key] ?? $0.key, style.integer($0.value),
        style.integer(communes[$0.key]?.count ?? 0))
    }.joined(separator: "; ")
  }

  /// Up to three advanced exemplars held in the year, each with its commune.
  private static func exemplarPlaces(_ data: ProvinceData, year: Int, catalog: Catalog) -> String {
    let siteCommune = Dictionary(data.modelSites.map { ($0.id, $0.communeID) }) { a, _ in a }
    let communeName = Dictionary(data.communes.map { ($0.id, $0.name) }) { a, _ in a }
    return data.exemplars.filter { $0.holds(in: year) }.prefix(3).map {
      catalog.format(
        "report.md.exemplarItem", $0.name,
        siteCommune[$0.siteID].flatMap { communeName[$0] } ?? "—")
    }.joined(separator: "; ")
  }
}
