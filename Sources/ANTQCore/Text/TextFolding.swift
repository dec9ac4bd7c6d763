import Foundation

extension String {
  /// Unicode NFC, the form every stored text takes.
  public var nfc: String { precomposedStringWithCanonicalMapping }

  /// Lower-cased with Vietnamese accents removed ("Đồng Lương" → "dong luong"), for
  /// accent-optional filtering and sorting. Runs on every row of a filtered table, so the
  /// Latin and Vietnamese letters are folded through a table rather than by Foundation.
  public var folded: String {
    var out = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      let value = scalar.value
      if value < 0x80 {
        out.append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(value + 0x20)! : scalar)
      } else if (0x0300...0x036F).contains(value) {
        continue
      } else if let folded = FoldTable.shared.fold(value) {
        out.append(folded)
      } else {
        out.append(contentsOf: String(scalar).slowFolded.unicodeScalars)
      }
    }
    return String(out)
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
/// U+1EA0–U+1EFF), each of which folds to a single ASCII letter.
private struct FoldTable: Sendable {
  static let shared = FoldTable()
  private let latin: [Unicode.Scalar?]
  private let vietnamese: [Unicode.Scalar?]

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
  }

  func fold(_ value: UInt32) -> Unicode.Scalar? {
    switch value {
    case 0x00C0...0x024F: return latin[Int(value - 0x00C0)]
    case 0x1EA0...0x1EFF: return vietnamese[Int(value - 0x1EA0)]
    default: return nil
    }
  }
}
