import ANTQCore

/// A tip's page (Enter on the tips list): what it is about, where its handling stands, and
/// every earlier look at its sealed informant (who, when, why) for those who may see that.
enum TipPage {
  struct RevealRow {
    let reveal: IdentityReveal
    let who: String
  }

  static func make(_ tip: Tip, context: AppContext) -> SectionsPage {
    SectionsPage(
      header: { header(tipID: tip.id, context: $0) },
      sections: [.init(titleKey: "tipPage.reveals", screen: reveals(tipID: tip.id))],
      context: context)
  }

  /// Readers of identities and supervisors see who looked; a province without users shows it.
  static func showsReveals(_ context: AppContext) -> Bool {
    guard context.account != nil, !context.data.users.isEmpty else { return true }
    guard let user = context.user else { return false }
    return user.isIdentityReader || user.role >= .supervisor
  }

  static func header(tipID: String, context: AppContext) -> [SectionsPage.Line] {
    guard let tip = context.data.tips.first(where: { $0.id == tipID }) else { return [] }
    let catalog = context.catalog
    let received = "\(tip.receivedAt.day.dayMonthYear) \(tip.receivedAt.timeText)"
    let informant =
      tip.sealedIdentity != nil
      ? "tipPage.sealed" : tip.informant != nil ? "tipPage.named" : "tipPage.anonymous"
    let count = context.data.reveals.lazy.filter { $0.tipID == tipID }.count
    return [
      (
        catalog.format(
          "tipPage.title", tip.id, received, context.data.communeName(tip.communeID)), .title
      ),
      (tip.topic, .plain),
      (catalog.format("tipPage.stage", catalog["stage.\(tip.stage.rawValue)"]), .plain),
      (catalog[informant], .plain),
      showsReveals(context)
        ? (catalog.format("tipPage.revealCount", context.numbers.integer(count)), .plain)
        : (catalog["tipPage.revealsHidden"], .hint),
    ]
  }

  static func reveals(tipID: String) -> ListScreen<RevealRow> {
    let columns: [ListColumn<RevealRow>] = [
      ListColumn(
        "tipPage.col.when", width: 16,
        text: { row, _ in "\(row.reveal.at.day.dayMonthYear) \(row.reveal.at.timeText)" },
        order: { $0.reveal.at < $1.reveal.at }),
      .text("tipPage.col.who", width: 28, flexible: true) { $0.who },
      .text("tipPage.col.reason", width: 30, flexible: true) { $0.reveal.reason },
    ]
    let list = RecordList(columns: columns, sortedBy: 0, ascending: false) { row, _ in
      row.who + " " + row.reveal.reason
    }
    return ListScreen(list: list, rows: { rows(tipID: tipID, $0) })
  }

  static func rows(tipID: String, _ context: AppContext) -> [RevealRow] {
    guard showsReveals(context) else { return [] }
    let names = Dictionary(
      context.data.users.map { ($0.id, $0.fullName) }, uniquingKeysWith: { a, _ in a })
    return context.data.reveals.filter { $0.tipID == tipID }.map { reveal in
      let who = names[reveal.account].map { "\(reveal.account) · \($0)" } ?? reveal.account
      return RevealRow(reveal: reveal, who: who)
    }
  }
}

extension TipPage.RevealRow: RecordRow { var recordKey: RecordKey? { reveal.record.key } }
