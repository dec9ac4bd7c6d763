import ANTQCore
import Foundation

/// One row of an imported file, read field by field; every field that cannot be read adds a
/// problem naming the row's line and the column's header.
struct ImportRow {
  let line: Int
  let values: [String: String]
  let headers: [String: String]
  let today: Day
  var problems: [ImportProblem] = []

  private mutating func problem(_ field: String, _ reason: ImportProblem.Reason) {
    problems.append(ImportProblem(line: line, column: headers[field], reason: reason))
  }

  /// Text in Unicode NFC, trimmed; "" for an optional column that is absent.
  func raw(_ field: String) -> String {
    let value = values[field] ?? ""
    // Most cells, Vietnamese ones too, have nothing around them and nothing to compose.
    if let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
      !Self.isSpace(first), !Self.isSpace(last),
      value.unicodeScalars.allSatisfy(Self.staysComposed)
    {
      return value
    }
    return value.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
  }

  /// What `CharacterSet.whitespaces` holds: the tab and the space separators (Zs).
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value < 0x80 { return scalar == " " || scalar == "\t" }
    return scalar.properties.generalCategory == .spaceSeparator
  }

  /// Whether NFC leaves the scalar as it is whatever stands around it: the Latin letters
  /// before the combining marks (U+0300), and the precomposed Vietnamese letters (Latin
  /// Extended Additional), none of which Unicode's NFC quick check marks No or Maybe.
  private static func staysComposed(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x300 || (0x1E00...0x1EFF).contains(scalar.value)
  }

  mutating func text(_ field: String) -> String {
    let value = raw(field)
    if value.isEmpty { problem(field, .required) }
    return value
  }

  mutating func number(_ field: String) -> Int {
    guard let value = Int(raw(field)) else {
      problem(field, raw(field).isEmpty ? .required : .notANumber)
      return 0
    }
    return value
  }

  /// "29/11/2025" or "2025-11-29"; nil and no problem for an empty optional column.
  mutating func day(_ field: String, optional: Bool = false) -> Day? {
    let value = raw(field)
    if value.isEmpty {
      if !optional { problem(field, .required) }
      return nil
    }
    let parts =
      Self.dayParts(value)
      ?? value.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." }).compactMap {
        Int($0)
      }
    let day: Day?
    if parts.count == 3, value.contains("-"), parts[0] > 31 {
      day = Day(year: parts[0], month: parts[1], day: parts[2])
    } else if parts.count == 3 {
      day = Day(year: parts[2], month: parts[1], day: parts[0])
    } else {
      day = nil
    }
    if day == nil { problem(field, .notADay) }
    return day
  }

  /// "29/11/2025" and the like as three numbers, read from the bytes; nil for anything else
  /// (read then as text).
  private static func dayParts(_ value: String) -> [Int]? {
    var parts: [Int] = []
    parts.reserveCapacity(3)
    var number = 0
    var digits = 0
    for byte in value.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        guard digits < 9 else { return nil }
        number = number * 10 + Int(byte - UInt8(ascii: "0"))
        digits += 1
      case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
        guard digits > 0 else { return nil }
        parts.append(number)
        number = 0
        digits = 0
      default: return nil
      }
    }
    guard digits > 0 else { return nil }
    parts.append(number)
    return parts.count == 3 ? parts : nil
  }

  mutating func choice<T>(_ field: String, _ words: [(String, T)], default fallback: T) -> T {
    let value = raw(field)
    if let found = words.first(where: { $0.0 == value }) { return found.1 }
    let key = value.importKey
    if let found = words.first(where: { $0.0.importKey == key }) { return found.1 }
    problem(field, raw(field).isEmpty ? .required : .notOneOf(words.map(\.0)))
    return fallback
  }

  mutating func flag(_ field: String) -> Bool {
    let value = raw(field)
    if ImportTable.yes.contains(value) { return true }
    if ImportTable.no.contains(value) { return false }
    let key = value.importKey
    if ImportTable.yes.contains(where: { $0.importKey == key }) { return true }
    if ImportTable.no.contains(where: { $0.importKey == key }) { return false }
    problem(field, .notOneOf([ImportTable.yes[0], ImportTable.yes[1], "no", "không"]))
    return false
  }

  mutating func ids(_ field: String) -> [String] {
    let list = raw(field).split(whereSeparator: { $0 == ";" || $0 == " " || $0 == "," }).map(
      String.init)
    if list.isEmpty { problem(field, .required) }
    return list
  }

  /// The record the row describes.
  mutating func record(_ table: ImportTable) -> Record {
    let id = text("id")
    switch table {
    case .members:
      return .member(
        Member(
          id: id, teamID: text("teamID"), fullName: text("fullName"),
          birthYear: number("birthYear"),
          gender: choice("gender", ImportTable.genders, default: .male),
          role: choice("role", ImportTable.roles, default: .member),
          joined: day("joined") ?? today, left: day("left", optional: true),
          uniformIssued: flag("uniformIssued"), paidAllowance: flag("paidAllowance")))
    case .areas:
      return .residentialArea(
        ResidentialArea(
          id: id, communeID: text("communeID"), name: text("name"),
          kind: choice("kind", ImportTable.areaKinds, default: .thon)))
    case .institutions:
      return .institution(
        Institution(
          id: id, communeID: text("communeID"), name: text("name"),
          kind: choice("kind", ImportTable.institutionKinds, default: .agency)))
    case .teams:
      return .team(
        Team(
          id: id, communeID: text("communeID"), name: text("name"),
          residentialAreaIDs: ids("residentialAreaIDs"), founded: day("founded") ?? today,
          dissolved: day("dissolved", optional: true)))
    }
  }
}
