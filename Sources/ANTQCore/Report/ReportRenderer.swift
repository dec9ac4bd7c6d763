import Foundation

/// Prints a year report as text, markdown, CSV or JSON, labelled in the catalog's language.
public enum ReportRenderer {
  public static func render(
    _ report: YearReport, format: ReportFormat, catalog: Catalog, illustrative: Bool = false
  ) -> String {
    switch format {
    case .text: return text(report, catalog, illustrative)
    case .markdown: return markdown(report, catalog, illustrative)
    case .csv: return csv(report, catalog)
    case .json: return json(report)
    }
  }

  /// The value column: "33.104" or "128 / 148 (86,48 %)".
  static func valueText(_ report: YearReport, _ line: ReportLine, _ style: NumberStyle) -> String {
    if let share = report.share(line) { return share.text(style) }
    return style.integer(report.value(forKey: line.key) ?? 0)
  }

  static func title(_ report: YearReport, _ catalog: Catalog) -> String {
    catalog.format("report.title", report.year, report.province)
  }

  private static func text(_ report: YearReport, _ catalog: Catalog, _ illustrative: Bool) -> String
  {
    let style = NumberStyle(catalog.language)
    let labels = ReportLine.all.map { catalog[$0.labelKey] }
    let width = labels.map(\.count).max() ?? 0
    var out = title(report, catalog) + "\n"
    if illustrative { out += catalog["report.illustrative"] + "\n" }
    out += "\n"
    for (line, label) in zip(ReportLine.all, labels) {
      let pad = String(repeating: " ", count: width - label.count)
      out += label + pad + "  " + valueText(report, line, style) + "\n"
    }
    return out
  }

  private static func markdown(
    _ report: YearReport, _ catalog: Catalog, _ illustrative: Bool
  ) -> String {
    let style = NumberStyle(catalog.language)
    var out = "# " + title(report, catalog) + "\n\n"
    if illustrative { out += "> " + catalog["report.illustrative"] + "\n\n" }
    out += "| \(catalog["report.column.item"]) | \(catalog["report.column.value"]) |\n"
    out += "|---|---:|\n"
    for line in ReportLine.all {
      let label = catalog[line.labelKey].replacingAll("|", with: "\\|")
      out += "| \(label) | \(valueText(report, line, style)) |\n"
    }
    return out
  }

  /// RFC 4180: CRLF line ends; a field with a comma, quote or line break is quoted.
  private static func csv(_ report: YearReport, _ catalog: Catalog) -> String {
    var rows = [["key", "label", "value"]]
    rows.append(["year", catalog["report.year"], String(report.year)])
    rows.append(["province", catalog["report.province"], report.province])
    for line in ReportLine.all {
      rows.append([line.key, catalog[line.labelKey], String(report.value(forKey: line.key) ?? 0)])
    }
    return rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
  }

  static func csvField(_ field: String) -> String {
    let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
    guard field.unicodeScalars.contains(where: special.contains) else { return field }
    return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
  }

  private static func json(_ report: YearReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(report)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
