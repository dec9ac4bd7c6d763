import ANTQCore

extension StoreError: CustomStringConvertible {
  /// The message in the user's language. Missing keys show as the key itself.
  public func message(catalog: Catalog) -> String {
    switch self {
    case .folderMissing(let path): return catalog.format("store.error.folderMissing", path)
    case .notAFolder(let path): return catalog.format("store.error.notAFolder", path)
    case .fileMissing(let path): return catalog.format("store.error.fileMissing", path)
    case .invalidJSON(let file, let position, let problem):
      return catalog.format(
        "store.error.invalidJSON", file, position.line, position.column,
        Self.describe(problem, catalog))
    case .invalidField(let file, let record, let id, let field, let position, let problem):
      let fieldName = field.isEmpty ? catalog["store.field.topLevel"] : field
      let detail = Self.describe(problem, catalog)
      guard let record else {
        return catalog.format(
          "store.error.invalidField", file, position.line, position.column, fieldName, detail)
      }
      let which =
        id.map { catalog.format("store.record.withID", record, $0) }
        ?? catalog.format("store.record.number", record)
      return catalog.format(
        "store.error.invalidRecord", file, position.line, position.column, which, fieldName,
        detail)
    case .unsupportedSchema(let file, let found, let supported):
      let list = supported.map(String.init).joined(separator: ", ")
      return catalog.format("store.error.unsupportedSchema", file, found, list)
    case .wrongCollection(let file, let found, let expected):
      return catalog.format("store.error.wrongCollection", file, found, expected)
    case .io(let path, let operation, let reason):
      return catalog.format(
        "store.error.io", path, catalog["store.io.\(operation.rawValue)"], reason)
    case .assetsNotFound(let searched):
      let list = searched.map { "  " + $0 }.joined(separator: "\n")
      return catalog.format("store.error.assetsNotFound", list)
    case .languageMissing(let language, let path):
      return catalog.format("store.error.languageMissing", language.rawValue, path)
    case .duplicateKey(let key, let first, let second):
      return catalog.format("store.error.duplicateKey", key, first, second)
    case .otherProvince(let path, let found, let expected):
      return catalog.format("store.error.otherProvince", path, found, expected)
    case .notAllowed(let refusal):
      return refusal.message(catalog)
    case .conflict(let conflict):
      return catalog.format(
        "store.error.conflict", conflict.theirs.author.user, conflict.theirs.author.host)
    case .journalDamaged(let file, let line, let problem):
      return catalog.format(
        "store.error.journalDamaged", file, line, Self.describe(problem, catalog))
    case .readOnly(let path): return catalog.format("store.error.readOnly", path)
    case .folderAccess(let problem): return problem.message(catalog: catalog)
    case .identityNotSealed(.noReader): return catalog["seal.error.noReader"]
    case .identityNotSealed(.noSealer): return catalog["seal.error.noSealer"]
    case .identityNotSealed(.failed(let reason)):
      return catalog.format("seal.error.failed", reason)
    }
  }

  /// English, from strings built into the program: for when the catalogs themselves cannot be
  /// found or read.
  public var description: String { message(catalog: BuiltinStrings.english) }

  private static func describe(_ problem: JSONSyntaxProblem, _ catalog: Catalog) -> String {
    switch problem {
    case .unexpectedCharacter(let character):
      return catalog.format("store.json.unexpectedCharacter", character)
    case .unexpectedEnd: return catalog["store.json.unexpectedEnd"]
    case .badEscape: return catalog["store.json.badEscape"]
    case .controlCharacter: return catalog["store.json.controlCharacter"]
    case .badNumber: return catalog["store.json.badNumber"]
    case .trailingContent: return catalog["store.json.trailingContent"]
    case .tooDeep: return catalog["store.json.tooDeep"]
    case .invalidUTF8: return catalog["store.json.invalidUTF8"]
    case .loneSurrogate: return catalog["store.json.loneSurrogate"]
    case .unclosedText: return catalog["store.json.unclosedText"]
    }
  }

  static func describe(_ problem: JournalProblem, _ catalog: Catalog) -> String {
    switch problem {
    case .torn: return catalog["store.journal.torn"]
    case .badFormat: return catalog["store.journal.badFormat"]
    case .checksumMismatch: return catalog["store.journal.checksum"]
    case .outOfSequence(let expected, let found):
      return catalog.format("store.journal.sequence", expected, found)
    case .undecodable(let detail): return catalog.format("store.journal.undecodable", detail)
    case .invalidJSON(let column, let syntax):
      return catalog.format("store.journal.invalidJSON", column, describe(syntax, catalog))
    case .newerFormat(let format): return catalog.format("store.journal.newerFormat", format)
    case .otherProvince(let id): return catalog.format("store.journal.otherProvince", id)
    case .chainBroken(0, _): return catalog["store.journal.chainStart"]
    case .chainBroken(let previous, .some(let other)):
      return catalog.format("store.journal.chainMoved", previous, other)
    case .chainBroken(let previous, nil):
      return catalog.format("store.journal.chainBroken", previous)
    case .chainMissing: return catalog["store.journal.chainMissing"]
    case .foldedLineMissing(let folded):
      return catalog.format("store.journal.foldedLineMissing", folded)
    }
  }

  private static func describe(_ problem: FieldProblem, _ catalog: Catalog) -> String {
    switch problem {
    case .wrongType(let expected):
      return catalog.format("store.field.wrongType", catalog["store.type.\(expected)"])
    case .missing: return catalog["store.field.missing"]
    case .null: return catalog["store.field.null"]
    case .invalid(let detail): return catalog.format("store.field.invalid", detail)
    }
  }
}
