import ANTQCore

/// Why a CSV file (or one of its rows) cannot be imported. `line` is the file's line (the
/// header is line 1); `column` the header of the column as the file writes it.
public struct ImportProblem: Error, Equatable, Sendable {
  public enum Reason: Equatable, Sendable {
    /// The file is not UTF-8 text: its encoding as detected ("UTF-16", "Windows-1258").
    case encoding(String)
    case empty
    /// Not CSV SwiftCSV can read (a quote never closed…).
    case malformed
    case unknownHeader
    case duplicateHeader
    case missingColumn(String)
    case required
    case notANumber
    case notADay
    /// Not one of the accepted words; they are listed.
    case notOneOf([String])
    /// The id appears again on that line of the file.
    case duplicateID(line: Int)
    /// A record with this id exists already with other data.
    case existsDifferent
    /// A rule of the forms refuses the value.
    case rule(ValidationIssue)
  }

  public let line: Int
  public let column: String?
  public let reason: Reason

  public init(line: Int, column: String?, reason: Reason) {
    self.line = line
    self.column = column
    self.reason = reason
  }
}

/// Every problem of a file that cannot be imported, in line order.
public struct ImportProblems: Error, Equatable, Sendable {
  public let all: [ImportProblem]
}
