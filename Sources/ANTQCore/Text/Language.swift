public enum Language: String, Codable, Sendable, CaseIterable {
  case vi, en
}
