/// What `:import` shows before anything is checked: the kind of list a file's header names
/// and its first rows.
public struct CSVPreview: Sendable {
  /// The one table whose columns the header names; nil when none or several do (the user
  /// then names it), or the file cannot be read (the plan then says why).
  public let table: ImportTable?
  /// Up to `count` rows after the header, as read.
  public let firstRows: [[String]]

  public init(_ bytes: [UInt8], count: Int = 5) {
    guard case .success(let text) = CSVEncoding.text(bytes),
      let records = try? CSVRecords(text)
    else {
      table = nil
      firstRows = []
      return
    }
    let tables = ImportTable.allCases.filter {
      if case .success = CSVImport.match(records.header, $0) { return true }
      return false
    }
    table = tables.count == 1 ? tables[0] : nil
    firstRows = Array(records.rows.filter { !$0.allSatisfy(\.isEmpty) }.prefix(count))
  }
}
