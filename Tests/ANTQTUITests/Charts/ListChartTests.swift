import ANTQCore
import ANTQTUI
import Testing

@Suite struct ListChartTests {
  @Test func bChartsTheSortedColumnOfTheFilteredListAndEscCloses() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("dong", on: canvas)
    app.press(.enter, on: canvas)
    // Sort by the last column on screen at 80 columns, incidents, descending.
    app.press(.text("<"), .text("s"), on: canvas)
    let shown = canvas.lines[3..<23].filter { !$0.isEmpty }
    let list = canvas.screen
    #expect(canvas.lines[2].hasSuffix("Vụ việc ▼"), "\(canvas.screen)")
    app.press(.text("b"), on: canvas)
    let lines = canvas.lines
    #expect(lines[3].contains("┌─ Biểu đồ: Vụ việc "), "\(canvas.screen)")
    #expect(lines[4].contains("│ \(shown.count) dòng, theo lọc và sắp xếp của danh sách"))
    let summaries = Dictionary(
      uniqueKeysWithValues: CommuneSummary.all(
        in: AppFixture.demo, year: 2025, asOf: AppFixture.today
      ).map { ($0.name, $0.incidents) })
    // Every bar, in the list's order, labelled by the commune, with its incidents.
    for (offset, row) in shown.prefix(12).enumerated() {
      let name = String(row.prefix(15)).trimmingCharacters(in: .whitespaces)
      let bar = String(lines[6 + offset].dropFirst(2))
      #expect(bar.hasPrefix("│ " + name), "\(bar) for \(name)")
      #expect(bar.contains(" \(summaries[name]!) │"), "\(bar)")
    }
    #expect(
      lines[6].contains(String(repeating: "█", count: 57)), "the first has the longest bar")
    app.press(.escape, on: canvas)
    #expect(canvas.screen == list)
  }

  @Test func theChartScrollsAndWorksInEnglish() {
    var (app, canvas) = AppFixture.app(.en, columns: 80, rows: 24)
    app.press(.text("2"), .text("b"), on: canvas)
    #expect(canvas.screen.contains("148 rows, in the list's filter and sort"))
    let first = canvas.lines[5]
    app.press(.pageDown, on: canvas)
    #expect(canvas.lines[5] != first)
    #expect(canvas.screen.contains("PgUp PgDn: scroll · Esc: close"), "\(canvas.screen)")
  }

  @Test func aListWithoutNumbersSaysSo() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), .text("/"), on: canvas)
    app.type("no such commune", on: canvas)
    app.press(.enter, .text("b"), on: canvas)
    #expect(canvas.lines[23].hasPrefix("Danh sách trống: không có gì để vẽ."))
  }

  @Test func helpListsTheChartAndImportCommands() {
    var (app, canvas) = AppFixture.app(columns: 100, rows: 40)
    app.press(.text("2"), .text("?"), on: canvas)
    #expect(
      canvas.lines.contains { $0.contains("  b              Biểu đồ cột số của danh sách") },
      "\(canvas.screen)")
    #expect(canvas.lines.contains { $0.contains("  I              Nhập danh sách từ tệp CSV") })
  }

  @Test func theCommunePageChartsItsFiguresOverTheYears() {
    var (app, canvas) = AppFixture.app(columns: 80, rows: 24)
    app.press(.text("2"), .enter, .left, on: canvas)
    let lines = canvas.lines
    let first = AppFixture.demo.communes.sorted { $0.name.folded < $1.name.folded }[0]
    #expect(lines[2] == " Xã \(first.name)", "\(canvas.screen)")
    let years = AppFixture.demo.years
    let patrols = years.map { CommuneSummary.one(first.id, in: AppFixture.demo, year: $0)!.patrols }
    let members = years.map { CommuneSummary.one(first.id, in: AppFixture.demo, year: $0)!.members }
    #expect(lines[9].hasPrefix(" Tuần tra nhân dân"))
    for (offset, year) in years.enumerated() {
      #expect(lines[10 + offset].hasPrefix(" \(year) █"))
      #expect(lines[10 + offset].contains(" \(patrols[offset])  \(year) "), "\(lines[10 + offset])")
    }
    let membersRow = lines.firstIndex { $0.hasPrefix(" Thành viên") }!
    for (offset, year) in years.enumerated() {
      #expect(lines[membersRow + 1 + offset].hasPrefix(" \(year) "))
      #expect(lines[membersRow + 1 + offset].contains(" \(members[offset])  "))
    }
  }
}
