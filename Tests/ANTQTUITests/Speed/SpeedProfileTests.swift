import ANTQCore
import Foundation
import Testing

@testable import ANTQTUI

/// Where the time of the slow keys goes, piece by piece. On demand, in release:
///   ANTQ_TIMING=1 swift test -c release -Xswiftc -enable-testing --filter SpeedProfile
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ANTQ_TIMING"] != nil))
struct SpeedProfileTests {
  func time(_ name: String, runs: Int = 3, _ body: () -> Void) {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print(String(format: "%@: %.2f ms", name, best))
  }

  @Test func pieces() {
    let data = SuperviseTimingTests.tenYears
    let context = AppContext(
      data: data, year: 2025, catalog: AppFixture.catalogs[.vi]!, today: AppFixture.today)
    var lines: [CommuneProfile.SiteLine] = []
    time("siteLines") {
      lines = CommuneProfile.siteLines(data, sites: data.modelSites, year: 2025)
    }
    var rows: [SiteRow] = []
    time("site rows") { rows = ModelsColumns.rows(lines, data) }
    print("rows", rows.count)
    time("load sites list") {
      var list = RecordList(
        columns: ModelsColumns.siteColumns(showCommune: true), sortedBy: 0, ascending: true
      ) { row, _ in ModelsColumns.searchText(row) }
      list.load(rows, context: context)
    }
    time("search texts") { _ = rows.map { ModelsColumns.searchText($0) } }
    time("search texts folded") { _ = rows.map { ModelsColumns.searchText($0).folded } }
    time("search keys built") {
      var search = FoldedSearch()
      for row in rows { search.append(ModelsColumns.searchText(row)) }
    }
    time("CommuneSummary.all") { _ = CommuneSummary.all(in: data, year: 2025) }
    time("members rows") {
      _ = MembersList.rows(context, members: data.members.filter { $0.active(atEndOf: 2025) })
    }
    let commune = CommuneSummary.all(in: data, year: 2025)[0]
    time("commune page") { _ = CommunePage.make(commune, context: context) }
    time("CommuneSummary.one") { _ = CommuneSummary.one(commune.communeID, in: data, year: 2025) }
    time("commune header") {
      _ = CommunePage.header(communeID: commune.communeID, context: context)
    }
  }
}
