import Foundation

/// Decodes one JSON file and turns any failure into a `StoreError` naming the file, line,
/// column, record and field. Tries `FastJSONDecoder` first; Foundation's JSONDecoder is the
/// reference and the error path.
enum JSONFileDecoder {
  static func decode<T: Decodable>(
    _ type: T.Type, from data: Data, file: String, expectedCollection: String? = nil,
    fast: Bool = FastJSONSwitch.isEnabled
  ) throws(StoreError) -> T {
    var userInfo: [CodingUserInfoKey: Any] = [:]
    if let expectedCollection { userInfo[.expectedCollection] = expectedCollection }
    // The fast reader gives up on anything unusual, including every error: Foundation then
    // decodes the file again and says precisely what is wrong.
    if fast,
      let value = try? FastJSONDecoder.decode(type, from: data, userInfo: userInfo)
    {
      return value
    }
    // Foundation's reader is lenient (it lets `[1,]` or `-01` pass in a field nobody reads),
    // so the document is first checked strictly, by RFC 8259, where it stands.
    if let syntax = JSONSyntaxCheck.firstError(in: data) {
      throw .invalidJSON(
        file: file, position: TextPosition(offset: syntax.offset, in: data),
        problem: syntax.problem)
    }
    let decoder = JSONDecoder()
    if let expectedCollection { decoder.userInfo[.expectedCollection] = expectedCollection }
    do {
      return try decoder.decode(type, from: data)
    } catch let problem as EnvelopeProblem {
      throw problem.error(file: file)
    } catch let error as DecodingError {
      throw describe(error, data: data, file: file)
    } catch {
      throw StoreError.io(path: file, operation: .read, reason: String(describing: error))
    }
  }

  static func describe(_ error: DecodingError, data: Data, file: String) -> StoreError {
    let path: [CodingKey]
    let problem: StoreError.FieldProblem
    switch error {
    case .typeMismatch(let type, let ctx):
      (path, problem) = (ctx.codingPath, .wrongType(expected: kindName(type)))
    case .valueNotFound(_, let ctx):
      (path, problem) = (ctx.codingPath, .null)
    case .keyNotFound(let key, let ctx):
      (path, problem) = (ctx.codingPath + [key], .missing)
    case .dataCorrupted(let ctx):
      if ctx.codingPath.isEmpty, let syntax = JSONSyntaxCheck.firstError(in: data) {
        return .invalidJSON(
          file: file, position: TextPosition(offset: syntax.offset, in: data),
          problem: syntax.problem)
      }
      (path, problem) = (ctx.codingPath, .invalid(detail: ctx.debugDescription))
    @unknown default:
      return .io(path: file, operation: .read, reason: String(describing: error))
    }
    let components = path.map { key -> JSONLocator.PathComponent in
      key.intValue.map { .index($0) } ?? .key(key.stringValue)
    }
    var locator = JSONLocator(Array(data))
    let found = locator.locate(components)
    var record: Int?
    var id: String?
    var fieldPath = components
    if components.count >= 2, components[0] == .key("records"), case .index(let n) = components[1] {
      record = n + 1
      fieldPath = Array(components.dropFirst(2))
      let idSpot = locator.locate([.key("records"), .index(n), .key("id")])
      if idSpot.complete { id = locator.plainString(at: idSpot.offset) }
    }
    return .invalidField(
      file: file, record: record, id: id, field: render(fieldPath),
      position: TextPosition(offset: found.offset, in: data), problem: problem)
  }

  /// "informant.phone", "steps[2].at".
  private static func render(_ path: [JSONLocator.PathComponent]) -> String {
    var text = ""
    for component in path {
      switch component {
      case .index(let n): text += "[\(n)]"
      case .key(let key): text += text.isEmpty ? key : "." + key
      }
    }
    return text
  }

  /// The catalog name ("store.type.<name>") of the kind of JSON value a Swift type expects.
  private static func kindName(_ type: Any.Type) -> String {
    switch type {
    case is String.Type, is Substring.Type: return "text"
    case is Bool.Type: return "boolean"
    case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type, is Decimal.Type:
      return "number"
    default:
      let name = String(describing: type)
      if name.hasPrefix("Array<") || name.hasPrefix("[") { return "list" }
      if name.hasPrefix("Dictionary<") || name.contains("KeyedDecodingContainer") {
        return "object"
      }
      if name.contains("UnkeyedDecodingContainer") { return "list" }
      return "value"
    }
  }
}
