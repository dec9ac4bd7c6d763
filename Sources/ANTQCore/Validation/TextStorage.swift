import Foundation

extension String {
  /// True when the text is already in Unicode NFC, the form every stored text takes.
  public var isNFC: Bool {
    // Fast path: Latin letters, Vietnamese precomposed letters (U+1E00–U+1EFF) and the
    // common punctuation below are NFC by themselves; only other text needs normalising.
    let plain = unicodeScalars.allSatisfy {
      $0.value < 0x300 || (0x1E00...0x1EFF).contains($0.value)
        || (0x2010...0x201F).contains($0.value)
    }
    return plain || unicodeScalars.elementsEqual(nfc.unicodeScalars)
  }

  /// What a form stores for typed text: trimmed, then NFC.
  public var storageForm: String { trimmed.nfc }
}
