import ANTQCore

extension App {
  /// `R` on a tip: a reason first (required); the edge records the reveal and only then
  /// opens the identity.
  mutating func askRevealReason(_ tipID: String) {
    overlays.append(
      .prompt(.revealReason(tipID: tipID), PromptLine(prefix: context.catalog["reveal.reason"])))
  }

  mutating func submitRevealReason(_ tipID: String, _ text: String, _ line: PromptLine)
    -> [Effect]
  {
    let reason = text.trimmed
    guard !reason.isEmpty else {
      overlays.append(.prompt(.revealReason(tipID: tipID), line))
      message = (context.catalog["reveal.reasonNeeded"], .warning)
      return []
    }
    message = (context.catalog["reveal.recording"], .plain)
    return [.reveal(tipID: tipID, reason: reason.nfc)]
  }

  /// The reveal is saved: the identity, and every reveal of the tip (who, when, why).
  mutating func showRevealed(_ revealed: RevealedIdentity) {
    context.data = revealed.data
    context.versions = revealed.versions
    contextChanged()
    let catalog = context.catalog
    let informant = revealed.informant
    var lines = [
      catalog.format("reveal.name", informant.name),
      catalog.format("reveal.phone", informant.phone),
      catalog.format("reveal.address", informant.address),
      catalog.format("reveal.idNumber", informant.idNumber),
      "",
      catalog["reveal.history"],
    ]
    let reveals = revealed.data.reveals.filter { $0.tipID == revealed.tipID }
      .sorted { $0.at < $1.at }
    for reveal in reveals {
      lines.append(
        catalog.format(
          "reveal.entry", "\(reveal.at.day.dayMonthYear) \(reveal.at.timeText)", reveal.account,
          reveal.reason))
    }
    overlays.append(
      .help(
        HelpOverlay(
          title: catalog.format("reveal.title", revealed.tipID), text: lines, catalog: catalog)))
    message = (catalog["reveal.recorded"], .good)
  }
}
