import CNcursesw
import Foundation

extension TerminalSession {
  /// Waits up to `timeoutMilliseconds` (forever when `nil`) for one key. Returns `nil`
  /// on timeout. Combining marks that arrive in the same burst as their base letter are
  /// merged into one precomposed character. On `.resize`, `size` is already updated.
  public func readKey(timeoutMilliseconds: Int?) -> Key? {
    guard !isEnded else { return nil }
    while let input = nextInput(timeoutMilliseconds: timeoutMilliseconds) {
      if input == .keyCode(KEY_RESIZE) { refreshSize() }
      guard let key = KeyDecoder.key(for: input) else { continue }
      if case .text(let character) = key {
        return .text(mergingCombiningMarks(after: character))
      }
      return key
    }
    return nil
  }

  /// Appends the combining marks already waiting in the input (read with a 0 timeout).
  private func mergingCombiningMarks(after base: Character) -> Character {
    var text = String(base)
    while let next = nextInput(timeoutMilliseconds: 0) {
      guard case .character(let value) = next, KeyDecoder.isCombining(value),
        let scalar = Unicode.Scalar(value)
      else {
        pendingInput.insert(next, at: 0)
        break
      }
      text.unicodeScalars.append(scalar)
    }
    let composed = text.precomposedStringWithCanonicalMapping
    return composed.count == 1 ? composed.first! : base
  }

  private func nextInput(timeoutMilliseconds: Int?) -> RawInput? {
    if !pendingInput.isEmpty { return pendingInput.removeFirst() }
    let window = antq_stdscr()
    wtimeout(window, Int32(clamping: timeoutMilliseconds ?? -1))
    var value: wint_t = 0
    switch wget_wch(window, &value) {
    case KEY_CODE_YES: return .keyCode(Int32(bitPattern: value))
    case OK: return .character(UInt32(value))
    default: return nil
    }
  }
}
