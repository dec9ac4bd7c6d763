import ANTQCore
import ANTQTUI
import Testing

@Suite struct SuperviseListTests {
  @Test func narrowScreensDropMinorColumnsAndWideOnesShowAll() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), on: canvas)
    let narrow = canvas.lines[2]
    #expect(narrow.contains("An toàn") && narrow.contains("KDC đạt") && narrow.contains("Quá hạn"))
    #expect(!narrow.contains("Tuần tra"))
    #expect(canvas.lines[3].displayWidth <= 80)
    var (wide, big) = AppFixture.app(columns: 200, rows: 60)
    wide.press(.text("2"), on: big)
    for title in [
      "Loại", "CQ,DN đạt", "Trường đạt", "T.viên", "Điểm MH", "Tuần tra", "TB mở", "Vụ việc",
    ] {
      #expect(big.lines[2].contains(title), "\(title) at 200 columns")
    }
  }

  @Test func sortingByAHiddenColumnShowsIt() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), .text("<"), on: canvas)
    #expect(canvas.lines[2].contains("Vụ việc ▲"))
    app.press(.text("s"), .home, on: canvas)
    #expect(canvas.lines[2].contains("Vụ việc ▼"))
    let summaries = CommuneSummary.all(in: app.context.data, year: 2025, asOf: app.context.asOf)
    let most = summaries.map(\.incidents).max()!
    let first = summaries.first { $0.incidents == most }!
    #expect(canvas.lines[3].hasPrefix(first.name))
  }

  @Test func theSitesTableFiltersByTypeAndCommuneWithoutAccents() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("3"), .text("v"), on: canvas)
    let running = app.context.data.modelSites.count { $0.runs(in: 2025) }
    #expect(canvas.lines.last!.hasPrefix("\(NumberStyle(.vi).integer(running)) bản ghi"))
    app.press(.text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    let data = app.context.data
    let communes = Dictionary(uniqueKeysWithValues: data.communes.map { ($0.id, $0.name) })
    let types = Dictionary(uniqueKeysWithValues: data.modelTypes.map { ($0.id, $0.name) })
    let matching = data.modelSites.count { site in
      let text = [site.name, types[site.modelTypeID]!, communes[site.communeID]!].joined(
        separator: " "
      ).folded
      return site.runs(in: 2025) && text.contains("chi") && text.contains("dam")
    }
    let chiDam = data.communes.first { $0.name == "Chí Đám" }!.id
    #expect(matching >= data.modelSites.count { $0.communeID == chiDam && $0.runs(in: 2025) })
    app.press(.enter, on: canvas)
    #expect(canvas.lines.last!.hasPrefix("\(matching) bản ghi · lọc: chi dam"))
    #expect(canvas.lines[3].contains("Chí Đám"))
  }

  @Test func theCommunePageSectionsSwitchWithArrows() {
    var (app, canvas) = AppFixture.app()
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .enter, .right, on: canvas)
    #expect(canvas.screen.contains("Cơ sở giáo dục"))
    app.press(.right, on: canvas)
    #expect(canvas.lines.contains { $0.hasPrefix("Tên") && $0.contains("Tổ trưởng") })
    app.press(.right, .right, on: canvas)
    #expect(canvas.lines.contains { $0.hasPrefix("Ngày ▼") })
    app.press(.right, on: canvas)
    #expect(canvas.lines.contains { $0.hasPrefix(" Tuần tra nhân dân") }, "over the years")
    app.press(.right, on: canvas)
    #expect(canvas.lines.contains { $0.hasPrefix("Tên ▲") && $0.contains("NTM k.mẫu") })
    app.press(.escape, on: canvas)
    #expect(canvas.lines[canvas.selectedRow!].hasPrefix("Chí Đám"))
  }

  @Test func englishTitlesAndNumbers() {
    var (app, canvas) = AppFixture.app(.en)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("chi dam", on: canvas)
    app.press(.enter, .enter, on: canvas)
    #expect(canvas.screen.contains("Agencies and enterprises meeting it: 5 / 5 (100%)"))
    #expect(canvas.screen.contains("Residential areas"))
  }
}
