/// What a CSV file read for the console's `:import` would do, before anything is recorded:
/// the file's first rows and the records it would add, or every bad row described. The store
/// makes it (`ImportPreview.of`); the console shows it.
public struct ImportPreview: Sendable {
  /// The file as the user named it.
  public let file: String
  /// What the rows are, in the user's language ("thành viên").
  public let tableTitle: String
  /// The first rows of the file, each its cells joined for reading.
  public let firstRows: [String]
  public let changes: [Change]
  /// Rows already in the province as they are: importing them adds nothing.
  public let unchanged: Int
  /// Every bad row ("members.csv, line 37, column …: …"); when any, nothing can be imported.
  public let problems: [String]

  public init(
    file: String, tableTitle: String, firstRows: [String], changes: [Change], unchanged: Int,
    problems: [String]
  ) {
    self.file = file
    self.tableTitle = tableTitle
    self.firstRows = firstRows
    self.changes = changes
    self.unchanged = unchanged
    self.problems = problems
  }

  /// Why there is no preview at all (the file cannot be read, the table is not known), in
  /// the user's language.
  public struct Unavailable: Error, Sendable, Equatable {
    public let message: String

    public init(_ message: String) { self.message = message }
  }
}
