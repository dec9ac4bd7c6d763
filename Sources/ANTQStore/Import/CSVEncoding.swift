import Foundation

/// The text of an imported file: UTF-8 (a byte-order mark is dropped). Files in another
/// encoding are named, not guessed at: UTF-16 by its byte-order mark or its zero bytes, and
/// anything else that is not UTF-8 as Windows-1258, the Vietnamese Windows code page spreadsheet
/// programs save "CSV" in.
enum CSVEncoding {
  static func text(_ bytes: [UInt8]) -> Result<String, ImportProblem> {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF])
      || body.prefix(64).contains(0)
    {
      return .failure(ImportProblem(line: 1, column: nil, reason: .encoding("UTF-16")))
    }
    guard let text = String(validating: body, as: UTF8.self) else {
      let line = lineOfFirstInvalidByte(body)
      return .failure(ImportProblem(line: line, column: nil, reason: .encoding("Windows-1258")))
    }
    return .success(text)
  }

  private static func lineOfFirstInvalidByte(_ bytes: ArraySlice<UInt8>) -> Int {
    var line = 1
    var start = bytes.startIndex
    for index in bytes.indices where bytes[index] == 0x0A {
      if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
      line += 1
      start = index + 1
    }
    return line
  }
}
