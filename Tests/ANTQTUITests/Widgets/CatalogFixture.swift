import ANTQCore
import ANTQTUI
import Foundation

/// The real command catalogs from assets/i18n, so tests see the words users see.
enum CatalogFixture {
  static let vi = load(.vi)
  static let en = load(.en)

  static func url(_ language: Language) -> URL {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("assets/i18n/\(language.rawValue)/commands.json")
  }

  static func strings(_ language: Language) -> [String: String] {
    let data = try! Data(contentsOf: url(language))
    return try! JSONDecoder().decode([String: String].self, from: data)
  }

  static func load(_ language: Language) -> Catalog {
    Catalog(language: language, strings: strings(language))
  }
}

/// A table of `rowCount` made-up communes that counts every cell it is asked for.
final class CountingSource: TableDataSource {
  let rowCount: Int
  let columns: [TableColumn]
  private(set) var cellRequests = 0
  private(set) var requestedRows = Set<Int>()

  init(rowCount: Int, columns: [TableColumn]? = nil) {
    self.rowCount = rowCount
    self.columns =
      columns ?? [
        TableColumn(title: "STT", width: 6, alignment: .right),
        TableColumn(title: "Xã, phường", width: 24, flexible: true, minWidth: 10),
        TableColumn(title: "Tổ bảo vệ", width: 10, alignment: .right),
        TableColumn(title: "An toàn ANTT", width: 14),
      ]
  }

  func text(row: Int, column: Int) -> String {
    cellRequests += 1
    requestedRows.insert(row)
    switch column {
    case 0: return "\(row + 1)"
    case 1: return row % 2 == 0 ? "Xã Đồng Lương số \(row + 1)" : "Phường Nguyễn Trãi \(row + 1)"
    case 2: return "\(row % 37)"
    default: return row % 5 == 0 ? "chưa đạt" : "đạt"
    }
  }

  func style(row: Int, column: Int) -> Style? {
    column == 3 && row % 5 == 0 ? .bad : nil
  }
}
