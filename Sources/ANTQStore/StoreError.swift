import ANTQCore

/// Everything that can go wrong reading or writing the data folder or the assets. Structured so
/// callers can react; `message(catalog:)` renders it in the user's language.
public enum StoreError: Error, Equatable, Sendable {
  /// What was wrong with one field of a record.
  public enum FieldProblem: Equatable, Sendable {
    /// Expected a value of this kind: "text", "number", "boolean", "list", "object".
    case wrongType(expected: String)
    case missing
    case null
    /// The value has the right type but is not allowed (a bad date, an unknown choice…).
    case invalid(detail: String)
  }

  /// The file operation that failed, for I/O errors.
  public enum Operation: String, Equatable, Sendable {
    case read, write, create, rename, sync, list
  }

  case folderMissing(path: String)
  case notAFolder(path: String)
  case fileMissing(path: String)
  case invalidJSON(file: String, position: TextPosition, problem: JSONSyntaxProblem)
  /// `record` is 1-based; nil when the problem is outside the records (the envelope, a catalog).
  case invalidField(
    file: String, record: Int?, id: String?, field: String, position: TextPosition,
    problem: FieldProblem)
  case unsupportedSchema(file: String, found: Int, supported: [Int])
  case wrongCollection(file: String, found: String, expected: String)
  case io(path: String, operation: Operation, reason: String)
  case assetsNotFound(searched: [String])
  case languageMissing(language: Language, path: String)
  case duplicateKey(key: String, firstFile: String, secondFile: String)
  /// A journal line that is not the last one is damaged: the changes after it cannot be
  /// trusted to replay, so the folder is not opened for writing.
  case journalDamaged(file: String, line: Int, problem: JournalProblem)
  /// A change was recorded on a store opened read-only.
  case readOnly(path: String)
  /// A folder of another province (a sync, an office copy): nothing was exchanged.
  case otherProvince(path: String, found: String, expected: String)
  /// The record changed (or was deleted) since the edit began: nothing was saved.
  case conflict(EditConflict)
  /// The user's role does not allow the change: nothing was saved.
  case notAllowed(AccessRefusal)
  /// The folder is open to every account of the machine, or this account cannot read or
  /// write it: said with its owner, group and mode and the command that fixes it.
  case folderAccess(FolderAccessProblem)
  /// A tip's informant could not be sealed: nothing was saved.
  case identityNotSealed(IdentitySealProblem)

  /// The path of the file or folder the error is about, if any.
  public var path: String? {
    switch self {
    case .folderMissing(let path), .notAFolder(let path), .fileMissing(let path),
      .io(let path, _, _), .languageMissing(_, let path):
      return path
    case .invalidJSON(let file, _, _), .invalidField(let file, _, _, _, _, _),
      .unsupportedSchema(let file, _, _), .wrongCollection(let file, _, _):
      return file
    case .duplicateKey(_, _, let second): return second
    case .journalDamaged(let file, _, _): return file
    case .readOnly(let path): return path
    case .otherProvince(let path, _, _): return path
    case .folderAccess(let problem): return problem.path
    case .assetsNotFound, .conflict, .notAllowed, .identityNotSealed: return nil
    }
  }
}

/// Why an identity typed in clear could not be sealed before it was written.
public enum IdentitySealProblem: Equatable, Sendable {
  /// No user reads identities with a public key: the admin must name one.
  case noReader
  /// The store was opened without a sealer (a tool that cannot seal).
  case noSealer
  case failed(String)
}
