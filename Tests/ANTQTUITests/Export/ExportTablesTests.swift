import ANTQCore
import Foundation
import Testing

@testable import ANTQTUI

@Suite struct ExportTablesTests {
  private func context(_ language: Language = .vi) -> AppContext {
    AppContext(
      data: AppFixture.demo, year: 2025, catalog: AppFixture.catalogs[language]!,
      today: AppFixture.today)
  }

  @Test(arguments: ExportTables.names)
  func everyTableHasItsListsColumnsAndRows(_ name: String) throws {
    let table = try #require(ExportTables.table(name, context: context()))
    #expect(!table.titles.isEmpty)
    #expect(table.keys.count == table.titles.count)
    #expect(!table.rows.isEmpty, "\(name) has no rows in the demo")
    #expect(table.rows.allSatisfy { $0.count == table.titles.count })
  }

  @Test func theCommunesTableIsTheCommunesScreen() throws {
    let table = try #require(ExportTables.table("communes", context: context(.en)))
    #expect(table.rows.count == 148)
    #expect(table.titles.first == "Name")
    // Sorted by name as the screen is, shares written as the screen writes them.
    #expect(table.rows.first?.first == "An Cường")
    #expect(table.rows.allSatisfy { $0[3].contains("/") })
  }

  @Test func theFilterNarrowsAsSlashDoes() throws {
    let all = try #require(ExportTables.table("sites", context: context()))
    let cameras = try #require(ExportTables.table("sites", context: context(), filter: "camera"))
    #expect(all.rows.count > 33_000)
    #expect(!cameras.rows.isEmpty && cameras.rows.count < all.rows.count)
    #expect(cameras.rows.allSatisfy { $0.joined(separator: " ").folded.contains("camera") })
    let accented = try #require(
      ExportTables.table("communes", context: context(), filter: "dong luong"))
    #expect(accented.rows.map { $0[0] } == ["Đồng Lương"])
  }

  @Test func noInformantLeavesInAnExport() throws {
    let informants = AppFixture.demo.tips.compactMap(\.informant)
    #expect(!informants.isEmpty)
    let secrets = Set(
      informants.flatMap { [$0.name, $0.phone, $0.address] }.filter { $0.count > 3 })
    let table = try #require(ExportTables.table("tips", context: context()))
    let text = String(decoding: ExportFormat.json.encode(table), as: UTF8.self)
    #expect(!table.rows.isEmpty)
    // strstr: thousands of searches of a long text, fast in a debug build too.
    let leaked = text.withCString { whole in
      secrets.filter { secret in secret.withCString { strstr(whole, $0) != nil } }
    }
    #expect(leaked.isEmpty)
  }
}
