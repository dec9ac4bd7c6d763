/// The forms a year report can be printed in (`antq report --format …`).
public enum ReportFormat: String, Codable, Sendable, CaseIterable {
  case text, markdown, csv, json
}
