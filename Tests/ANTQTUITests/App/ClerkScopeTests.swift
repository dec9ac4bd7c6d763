import ANTQCore
import ANTQStore
import ANTQTUI
import Testing

/// A clerk sees the province's figures, but other communes' records only as counts.
@Suite struct ClerkScopeTests {
  static let chiDam = AppFixture.demo.communes.first { $0.name == "Chí Đám" }!

  static var data: ProvinceData {
    var data = AppFixture.demo
    data.users = [
      User(id: "canbo", fullName: "Lê Thị Thu Hà", role: .clerk, communeIDs: [chiDam.id]),
      User(id: "lanhdao", fullName: "Nguyễn Văn Hùng", role: .supervisor),
    ]
    return data
  }

  static func app(as account: String) -> (App, GridCanvas) {
    let app = App(
      data: data, language: .vi, catalogs: AppFixture.catalogs, today: AppFixture.today,
      year: 2025, now: AppFixture.lateEvening, account: account)
    let canvas = GridCanvas(rows: 24, columns: 80)
    app.draw(on: canvas)
    return (app, canvas)
  }

  static let patrols = AppFixture.demo.patrols.filter { $0.day.year == 2025 }
  static let own = patrols.filter { $0.communeID == chiDam.id }.count

  @Test func theClerksPatrolsAreTheirCommunesAndALineCountsTheOthers() {
    var (clerk, canvas) = Self.app(as: "canbo")
    clerk.press(.text("5"), on: canvas)
    let others = NumberStyle(.vi).integer(Self.patrols.count - Self.own)
    #expect(
      canvas.lines[2].trimmed == "Chỉ hiện bản ghi của Chí Đám; các xã khác: \(others) bản ghi.")
    let rows = canvas.lines[4..<23].filter { !$0.trimmed.isEmpty }
    #expect(!rows.isEmpty && rows.allSatisfy { $0.contains("Chí Đám") }, "\(canvas.screen)")
    #expect(canvas.lines[23].hasPrefix("\(NumberStyle(.vi).integer(Self.own)) bản ghi"))
    var (supervisor, theirs) = Self.app(as: "lanhdao")
    supervisor.press(.text("5"), on: theirs)
    #expect(!theirs.screen.contains("Chỉ hiện bản ghi"))
    #expect(theirs.lines[23].hasPrefix("\(NumberStyle(.vi).integer(Self.patrols.count)) bản ghi"))
  }

  @Test func everyListOfCommuneWorkSaysWhatItLeavesOut() {
    var (clerk, canvas) = Self.app(as: "canbo")
    for key in ["4", "6", "7"] {
      clerk.press(.text(Character(key)), on: canvas)
      #expect(canvas.screen.contains("Chỉ hiện bản ghi của Chí Đám"), "\(key): \(canvas.screen)")
    }
    clerk.press(.text("4"), .text("v"), on: canvas)
    #expect(canvas.screen.contains("Chỉ hiện bản ghi của Chí Đám"), "members: \(canvas.screen)")
    clerk.press(.text("3"), .text("v"), on: canvas)
    #expect(canvas.screen.contains("Chỉ hiện bản ghi của Chí Đám"), "sites: \(canvas.screen)")
  }

  @Test func aClerksNewRecordsStartInTheirCommune() {
    for key in ["5", "6"] {
      var (clerk, canvas) = Self.app(as: "canbo")
      clerk.press(.text(Character(key)), .text("n"), on: canvas)
      #expect(canvas.line(with: "Xã, phường").contains("Chí Đám"), "\(key): \(canvas.screen)")
    }
  }

  @Test func theDashboardAndTheCommunesFiguresStayProvinceWide() {
    for key in ["1", "2"] {
      var (clerk, mine) = Self.app(as: "canbo")
      var (supervisor, theirs) = Self.app(as: "lanhdao")
      clerk.press(.text(Character(key)), on: mine)
      supervisor.press(.text(Character(key)), on: theirs)
      #expect(Array(mine.lines[2..<23]) == Array(theirs.lines[2..<23]), "screen \(key)")
    }
  }

  @Test func anotherCommunesPageShowsItsFiguresButNotItsTeams() {
    var (clerk, canvas) = Self.app(as: "canbo")
    let other = Self.data.communes.first { $0.id != Self.chiDam.id }!
    clerk.press(.text("2"), .text("/"), on: canvas)
    clerk.type(other.name, on: canvas)
    clerk.press(.enter, .enter, on: canvas)
    #expect(canvas.lines[2].contains(other.name), "\(canvas.screen)")
    clerk.press(.right, .right, on: canvas)
    #expect(canvas.screen.contains("Chỉ hiện bản ghi của Chí Đám"), "\(canvas.screen)")
  }

  @Test func aClerksExportIsTheirList() throws {
    var context = AppContext(
      data: Self.data, year: 2025, catalog: AppFixture.catalogs[.vi]!, today: AppFixture.today)
    context.account = "canbo"
    #expect(try #require(ExportTables.table("patrols", context: context)).rows.count == Self.own)
    context.account = "lanhdao"
    #expect(
      try #require(ExportTables.table("patrols", context: context)).rows.count
        == Self.patrols.count)
    var (clerk, canvas) = Self.app(as: "canbo")
    let effects = clerk.press(.text("5"), .text("x"), on: canvas)
    let request = try #require(
      effects.compactMap { effect -> ExportRequest? in
        if case .export(let request) = effect { return request }
        return nil
      }.first)
    #expect(request.rows == Self.own)
  }

  @Test func aClerksYearExportCarriesOnlyTheirCommunesWork() throws {
    let clerk = Self.data.users[0]
    let narrowed = Self.data.narrowed(for: clerk)
    #expect(narrowed.patrols.allSatisfy { $0.communeID == Self.chiDam.id })
    #expect(narrowed.tips.allSatisfy { $0.communeID == Self.chiDam.id })
    #expect(narrowed.communes == Self.data.communes)
    #expect(Self.data.narrowed(for: Self.data.users[1]) == Self.data)
    // The ministry's year: the figures the whole province's, the records the clerk's.
    let lines = String(
      decoding: try ProvinceYearExport.jsonl(Self.data, year: 2025, writing: narrowed),
      as: UTF8.self
    ).split(separator: "\n")
    #expect(lines[1].contains("\"patrolsAll\":\(Self.patrols.count)"))
    #expect(lines.filter { $0.hasPrefix("{\"kind\":\"patrols\"") }.count == Self.own)
  }
}
