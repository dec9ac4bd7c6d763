import ANTQCore
import Foundation

/// What an import will record: the new records, and how many rows were already there as they
/// are (importing a file twice adds nothing the second time).
public struct ImportPlan: Sendable {
  public let changes: [Change]
  public let unchanged: Int
}

/// `antq import TABLE FILE.csv`: reads every row, checks it with the same rules as the forms
/// (`Validator`), and either plans every new record or lists every problem, line by line;
/// a file with one bad row imports nothing.
public enum CSVImport {
  public static func plan(
    _ table: ImportTable, bytes: [UInt8], into data: ProvinceData, today: Day
  ) -> Result<ImportPlan, ImportProblems> {
    let text: String
    switch CSVEncoding.text(bytes) {
    case .success(let value): text = value
    case .failure(let problem): return .failure(ImportProblems(all: [problem]))
    }
    let records: CSVRecords
    do {
      records = try CSVRecords(text)
    } catch {
      return .failure(
        ImportProblems(all: [ImportProblem(line: 1, column: nil, reason: .malformed)]))
    }
    guard !records.header.allSatisfy(\.isEmpty) else {
      return .failure(ImportProblems(all: [ImportProblem(line: 1, column: nil, reason: .empty)]))
    }
    let fields: [String?]
    switch match(records.header, table) {
    case .success(let value): fields = value
    case .failure(let problems): return .failure(problems)
    }
    var headers: [String: String] = [:]
    for (index, field) in fields.enumerated() {
      if let field { headers[field] = records.header[index] }
    }

    var problems: [ImportProblem] = []
    var rows: [(line: Int, record: Record)] = []
    for (row, line) in zip(records.rows, records.lines) where !row.allSatisfy({ $0.isEmpty }) {
      var values: [String: String] = [:]
      for (index, field) in fields.enumerated() where index < row.count {
        if let field { values[field] = row[index] }
      }
      var reader = ImportRow(line: line, values: values, headers: headers, today: today)
      let record = reader.record(table)
      problems += reader.problems
      rows.append((line, record))
    }

    let existing = Dictionary(existingRecords(table, data).map { ($0.id, $0) }) { a, _ in a }
    var firstLine: [String: Int] = [:]
    var fresh: [(line: Int, record: Record)] = []
    var unchanged = 0
    for (line, record) in rows where !record.id.isEmpty {
      if let first = firstLine[record.id] {
        problems.append(
          ImportProblem(line: line, column: headers["id"], reason: .duplicateID(line: first)))
        continue
      }
      firstLine[record.id] = line
      if let old = existing[record.id] {
        if old == record {
          unchanged += 1
        } else {
          problems.append(
            ImportProblem(line: line, column: headers["id"], reason: .existsDifferent))
        }
        continue
      }
      fresh.append((line, record))
    }

    var working = data
    working.apply(contentsOf: fresh.map { .upsert($0.record) })
    let validator = Validator(data: working, today: today)
    for (line, record) in fresh {
      for issue in check(record, validator) {
        problems.append(
          ImportProblem(
            line: line, column: headers[issue.field] ?? issue.field, reason: .rule(issue)))
      }
    }
    guard problems.isEmpty else {
      return .failure(
        ImportProblems(
          all: problems.sorted { ($0.line, $0.column ?? "") < ($1.line, $1.column ?? "") }))
    }
    return .success(ImportPlan(changes: fresh.map { .upsert($0.record) }, unchanged: unchanged))
  }

  /// The field each header names; every unknown or repeated header and missing column said.
  static func match(_ header: [String], _ table: ImportTable) -> Result<
    [String?], ImportProblems
  > {
    var problems: [ImportProblem] = []
    var fields: [String?] = []
    var seen = Set<String>()
    for name in header {
      let key = name.importKey
      guard
        let column = table.columns.first(where: { $0.names.contains { $0.importKey == key } })
      else {
        if !name.isEmpty {
          problems.append(ImportProblem(line: 1, column: name, reason: .unknownHeader))
        }
        fields.append(nil)
        continue
      }
      if !seen.insert(column.field).inserted {
        problems.append(ImportProblem(line: 1, column: name, reason: .duplicateHeader))
      }
      fields.append(column.field)
    }
    for column in table.columns where column.required && !seen.contains(column.field) {
      problems.append(
        ImportProblem(line: 1, column: nil, reason: .missingColumn(column.names[0])))
    }
    return problems.isEmpty ? .success(fields) : .failure(ImportProblems(all: problems))
  }

  private static func existingRecords(_ table: ImportTable, _ data: ProvinceData) -> [Record] {
    switch table {
    case .members: return data.members.map { .member($0) }
    case .areas: return data.residentialAreas.map { .residentialArea($0) }
    case .institutions: return data.institutions.map { .institution($0) }
    case .teams: return data.teams.map { .team($0) }
    }
  }

  private static func check(_ record: Record, _ validator: Validator) -> [ValidationIssue] {
    record.value.issues(validator)
  }
}
