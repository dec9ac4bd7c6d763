import Foundation

extension String {
  /// True when the text is already in Unicode NFC, the form every stored text takes.
  public var isNFC: Bool { unicodeScalars.elementsEqual(nfc.unicodeScalars) }

  /// What a form stores for typed text: trimmed, then NFC.
  public var storageForm: String { trimmed.nfc }
}
