/// Where the lines of wrapped text start and end, by character index, so an editor can
/// put its cursor on them. Breaks after a space where it can, measures display width.
enum TextWrap {
  static func lines(_ characters: [Character], width: Int) -> [Range<Int>] {
    guard width > 0 else { return [0..<characters.count] }
    var lines: [Range<Int>] = []
    var start = 0
    while start < characters.count {
      var used = 0
      var end = start
      var lastSpace: Int?
      while end < characters.count {
        let columns = DisplayWidth.of(characters[end])
        if used + columns > width { break }
        if characters[end] == " " { lastSpace = end }
        used += columns
        end += 1
      }
      if end < characters.count, let space = lastSpace, space > start { end = space + 1 }
      if end == start { end = start + 1 }
      lines.append(start..<end)
      start = end
    }
    return lines.isEmpty ? [0..<0] : lines
  }

  /// The line and column of `cursor` in `lines` (a full last line puts it on a new one).
  static func position(
    of cursor: Int, in lines: [Range<Int>], _ characters: [Character], width: Int
  )
    -> (line: Int, column: Int)
  {
    let line =
      lines.firstIndex { $0.contains(cursor) } ?? (lines.count - 1)
    let column = DisplayWidth.of(String(characters[lines[line].lowerBound..<cursor]))
    if column >= width { return (line + 1, 0) }
    return (line, column)
  }
}
