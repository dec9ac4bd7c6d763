/// Where text sits inside a wider space.
public enum TextAlignment: Sendable, Hashable {
  case left, right, center
}

/// Terminal display width, measured per grapheme cluster: combining marks and format
/// characters take 0 columns, East-Asian wide/fullwidth and emoji 2, everything else 1.
/// Vietnamese letters, precomposed or with combining marks, are one column.
/// Layout always uses this, never `String.count`.
public enum DisplayWidth {
  /// Columns taken by `text`.
  public static func of(_ text: some StringProtocol) -> Int {
    if let simple = latin(text) { return simple }
    var total = 0
    for character in text { total += of(character) }
    return total
  }

  /// The same for Latin and Vietnamese text (letters precomposed or with combining marks),
  /// scalar by scalar without breaking it into graphemes (a chart measures thousands of
  /// names): a column a letter, none a combining mark. Nil for any other character.
  private static func latin(_ text: some StringProtocol) -> Int? {
    var total = 0
    for scalar in text.unicodeScalars {
      guard let width = latinWidth(scalar.value) else { return nil }
      total += width
    }
    return total
  }

  /// A Latin letter (Vietnamese's precomposed ones included) takes a column, a combining
  /// mark none; nil for any other scalar, whose properties must be looked up.
  private static func latinWidth(_ value: UInt32) -> Int? {
    switch value {
    case 0x20..<0x7F, 0xA0..<0xAD, 0xAE...0x2FF, 0x1E00...0x1EFF: return 1
    case 0x300...0x36F: return 0
    default: return nil
    }
  }

  /// Columns taken by one grapheme cluster (0, 1 or 2).
  public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      width = max(width, of(scalar))
      if width == 2 { break }
    }
    return width
  }

  static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    if let width = latinWidth(value) { return width }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if value == 0x200B || (0xFE00...0xFE0F).contains(value) { return 0 }
    if isWide(value) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension StringProtocol {
  /// Columns this text takes on a terminal.
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// The longest prefix that fits in `width` columns, never splitting a grapheme cluster.
  /// When text is cut and `ellipsis` is true, the last column shows "…".
  public func clipped(to width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return String(self) }
    let room = ellipsis ? width - 1 : width
    var result = ""
    var used = 0
    for character in self {
      let columns = DisplayWidth.of(character)
      if used + columns > room { break }
      result.append(character)
      used += columns
    }
    return ellipsis ? result + "…" : result
  }

  /// Exactly `width` columns: clipped (with "…") when too wide, else padded with spaces.
  public func padded(to width: Int, alignment: TextAlignment = .left) -> String {
    guard width > 0 else { return "" }
    let text = clipped(to: width)
    let gap = width - text.displayWidth
    guard gap > 0 else { return text }
    switch alignment {
    case .left: return text + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + text
    case .center:
      let before = gap / 2
      return String(repeating: " ", count: before) + text
        + String(repeating: " ", count: gap - before)
    }
  }

  /// Lines of at most `width` columns, broken at spaces where possible.
  public func wrapped(to width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      // Most lines fit: what the loop below would make of them is the line itself, without
      // its leading spaces.
      let words = paragraph.drop { $0 == " " }
      if words.last != " ", !words.contains("  "), DisplayWidth.of(words) <= width {
        lines.append(String(words))
        continue
      }
      var line = ""
      var used = 0  // the line's columns, so each word is measured once
      for word in paragraph.split(separator: " ") {
        var word = String(word)
        var columns = word.displayWidth
        if line.isEmpty ? columns <= width : used + 1 + columns <= width {
          if !line.isEmpty {
            line += " "
            used += 1
          }
          line += word
          used += columns
          continue
        }
        if !line.isEmpty { lines.append(line) }
        while columns > width {
          let head = word.clipped(to: width, ellipsis: false)
          lines.append(head)
          word = String(word.dropFirst(head.count))
          columns = word.displayWidth
        }
        line = word
        used = columns
      }
      lines.append(line)
    }
    return lines
  }
}
