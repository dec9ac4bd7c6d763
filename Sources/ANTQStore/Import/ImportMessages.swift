import ANTQCore

/// An import problem in the user's words: "members.csv, line 37, column "Năm sinh": …".
public enum ImportMessages {
  public static func describe(_ problem: ImportProblem, file: String, _ catalog: Catalog) -> String
  {
    let reason: String
    switch problem.reason {
    case .encoding(let name): reason = catalog.format("cli.import.encoding", name)
    case .empty: reason = catalog["cli.import.empty"]
    case .malformed: reason = catalog["cli.import.malformed"]
    case .unknownHeader: reason = catalog["cli.import.unknownHeader"]
    case .duplicateHeader: reason = catalog["cli.import.duplicateHeader"]
    case .missingColumn(let name): reason = catalog.format("cli.import.missingColumn", name)
    case .required: reason = catalog["cli.import.required"]
    case .notANumber: reason = catalog["cli.import.notANumber"]
    case .notADay: reason = catalog["cli.import.notADay"]
    case .notOneOf(let words):
      reason = catalog.format("cli.import.notOneOf", words.joined(separator: ", "))
    case .duplicateID(let line): reason = catalog.format("cli.import.duplicateID", line)
    case .existsDifferent: reason = catalog["cli.import.existsDifferent"]
    case .rule(let issue): reason = issue.message(catalog)
    }
    guard let column = problem.column else {
      return catalog.format("cli.import.problemLine", file, problem.line, reason)
    }
    return catalog.format("cli.import.problem", file, problem.line, column, reason)
  }
}
