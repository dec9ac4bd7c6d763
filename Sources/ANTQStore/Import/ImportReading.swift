import ANTQCore
import Foundation

/// A CSV file read for the console's `:import`: what the user typed ("members.csv", or
/// "members danh-sach.csv" to say what it holds), the table (named, or inferred from the
/// header), its first rows, and the plan or every problem, as `antq import` makes them.
public struct ImportReading: Sendable {
  public enum Failure: Error, Equatable {
    /// The file as typed.
    case cannotRead(String)
    case unknownTable(String)
  }

  public let file: String
  public let table: ImportTable
  public let firstRows: [[String]]
  public let plan: Result<ImportPlan, ImportProblems>

  /// `contents` reads a path (`~` expanded): the edge's file system, or a test's.
  public static func read(
    _ typed: String, into data: ProvinceData, today: Day,
    contents: (String) -> [UInt8]? = {
      FileManager.default.contents(atPath: $0).map { [UInt8]($0) }
    }
  ) -> Result<ImportReading, Failure> {
    var named: ImportTable?
    var file = typed.trimmingCharacters(in: .whitespaces)
    if let space = file.firstIndex(of: " "),
      let table = ImportTable(rawValue: String(file[..<space]))
    {
      named = table
      file = String(file[file.index(after: space)...]).trimmingCharacters(in: .whitespaces)
    }
    if file.count > 1, let first = file.first, first == "\"" || first == "'", file.last == first {
      file = String(file.dropFirst().dropLast())
    }
    guard let bytes = contents((file as NSString).expandingTildeInPath) else {
      return .failure(.cannotRead(file))
    }
    let preview = CSVPreview(bytes)
    guard let table = named ?? preview.table else { return .failure(.unknownTable(file)) }
    return .success(
      ImportReading(
        file: file, table: table, firstRows: preview.firstRows,
        plan: CSVImport.plan(table, bytes: bytes, into: data, today: today)))
  }
}
