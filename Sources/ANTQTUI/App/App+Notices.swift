import ANTQCore

extension App {
  /// Notices `:messages` keeps.
  static let noticeLimit = 30

  /// Keeps `text` for `:messages` (not the brief "key not used here").
  mutating func remember(_ text: String) {
    guard text != context.catalog["status.keyNotUsed"], notices.last != text else { return }
    notices.append(text)
    if notices.count > Self.noticeLimit { notices.removeFirst(notices.count - Self.noticeLimit) }
  }

  /// Shows the one-screen welcome of a first start (the edge decides it is one).
  public mutating func showIntro() {
    overlays.append(.intro(IntroCard(catalog: context.catalog)))
  }

  /// Whether the welcome is on screen.
  public var showsIntro: Bool {
    overlays.contains { if case .intro = $0 { return true } else { return false } }
  }
}
