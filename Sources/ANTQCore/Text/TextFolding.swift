import Foundation

extension String {
  /// Unicode NFC, the form every stored text takes.
  public var nfc: String { precomposedStringWithCanonicalMapping }

  /// Lower-cased with Vietnamese accents removed ("Đồng Lương" → "dong luong"), for
  /// accent-optional filtering and sorting. Runs on every row of a filtered table, so the
  /// Latin and Vietnamese letters are folded through a table rather than by Foundation.
  public var folded: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(utf8.count)
    appendFolded(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the UTF-8 bytes of `folded` to `bytes` without building the folded string:
  /// the search keys of a 30,000-row table are made this way.
  public func appendFolded(to bytes: inout [UInt8]) {
    var text = self
    text.withUTF8 { utf8 in
      let table = FoldTable.shared
      var index = 0
      while index < utf8.count {
        let lead = utf8[index]
        if lead < 0x80 {
          bytes.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
          index += 1
          continue
        }
        // One scalar of valid UTF-8: 2, 3 or 4 bytes.
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
        index += length
        if (0x0300...0x036F).contains(value) { continue }
        if let folded = table.fold(value) {
          if folded.isASCII {
            bytes.append(UInt8(folded.value))
          } else {
            bytes.append(contentsOf: String(folded).utf8)
          }
        } else if let scalar = Unicode.Scalar(value) {
          bytes.append(contentsOf: String(scalar).slowFolded.utf8)
        }
      }
    }
  }

  /// Decompose, drop combining marks, lower-case, đ → d: the definition the table caches.
  fileprivate var slowFolded: String {
    var out = String.UnicodeScalarView()
    for scalar in decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      switch scalar.value {
      case 0x0300...0x036F: continue
      case 0x0111: out.append("d")
      default: out.append(scalar)
      }
    }
    return String(out)
  }

  /// Required text: trimmed of surrounding white space.
  public var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// Folded forms of the Latin-1, Latin Extended and Vietnamese letters (U+00C0–U+024F,
/// U+1EA0–U+1EFF), each of which folds to a single ASCII letter, and of the general
/// punctuation (U+2000–U+206F: the "–" of every model site's name), which folds to itself.
private struct FoldTable: Sendable {
  static let shared = FoldTable()
  private let latin: [Unicode.Scalar?]
  private let vietnamese: [Unicode.Scalar?]
  private let punctuation: [Unicode.Scalar?]

  private init() {
    func build(_ range: ClosedRange<UInt32>) -> [Unicode.Scalar?] {
      range.map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let folded = String(scalar).slowFolded.unicodeScalars
        return folded.count == 1 ? folded.first : nil
      }
    }
    latin = build(0x00C0...0x024F)
    vietnamese = build(0x1EA0...0x1EFF)
    punctuation = build(0x2000...0x206F)
  }

  func fold(_ value: UInt32) -> Unicode.Scalar? {
    switch value {
    case 0x00C0...0x024F: return latin[Int(value - 0x00C0)]
    case 0x1EA0...0x1EFF: return vietnamese[Int(value - 0x1EA0)]
    case 0x2000...0x206F: return punctuation[Int(value - 0x2000)]
    default: return nil
    }
  }
}
