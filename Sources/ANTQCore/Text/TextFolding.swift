import Foundation

extension String {
  /// Unicode NFC, the form every stored text takes.
  public var nfc: String { precomposedStringWithCanonicalMapping }

  /// Lower-cased with Vietnamese accents removed ("Đồng Lương" → "dong luong"), for
  /// accent-optional filtering.
  public var folded: String {
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
