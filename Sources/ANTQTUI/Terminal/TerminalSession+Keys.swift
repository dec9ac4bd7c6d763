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
      if input == .keyCode(KEY_MOUSE) {
        guard let event = readMouse() else { continue }
        return .mouse(event)
      }
      if input == .character(27), let key = escapeSequence() { return key }
      guard let key = KeyDecoder.key(for: input) else { continue }
      if case .text(let character) = key {
        return .text(mergingCombiningMarks(after: character))
      }
      return key
    }
    return nil
  }

  /// Seconds within which a second click on the same row is a double click.
  static let doubleClickSeconds = 0.4

  private func readMouse() -> MouseEvent? {
    var row: Int32 = 0
    var column: Int32 = 0
    var button: Int32 = 0
    guard antq_get_mouse(&row, &column, &button) == 0 else { return nil }
    let (row_, column_) = (Int(row), Int(column))
    switch button {
    case 1:
      let now = Date()
      if let last = lastClick, last.row == row_,
        now.timeIntervalSince(last.at) < Self.doubleClickSeconds
      {
        lastClick = nil
        return MouseEvent(.doubleClick, row: row_, column: column_)
      }
      lastClick = (row_, column_, now)
      return MouseEvent(.click, row: row_, column: column_)
    case 4: return MouseEvent(.wheelUp, row: row_, column: column_)
    case 5: return MouseEvent(.wheelDown, row: row_, column: column_)
    default: return nil
    }
  }

  /// What follows an Esc already waiting in the input: a letter is Alt plus that letter;
  /// "[200~" starts a bracketed paste, read up to "[201~". Nil for a lone Esc.
  private func escapeSequence() -> Key? {
    guard let next = nextInput(timeoutMilliseconds: 0) else { return nil }
    guard case .character(let value) = next, let scalar = Unicode.Scalar(value) else {
      pendingInput.insert(next, at: 0)
      return nil
    }
    if scalar == "[" {
      let marker: [UInt32] = Array("200~".unicodeScalars.map(\.value))
      var seen: [RawInput] = []
      for expected in marker {
        guard let input = nextInput(timeoutMilliseconds: 10) else { break }
        seen.append(input)
        guard input == .character(expected) else { break }
      }
      if seen == marker.map(RawInput.character) { return .paste(readPaste()) }
      pendingInput.insert(contentsOf: [next] + seen, at: 0)
      return nil
    }
    guard Self.altLetters.contains(Character(scalar)) else {
      pendingInput.insert(next, at: 0)
      return nil
    }
    return .alt(Character(scalar))
  }

  /// The letters the command table binds with Alt. Esc followed at once by any other key
  /// stays Esc and that key (Esc, y answering a question, typed in one burst).
  static let altLetters: Set<Character> = Set(
    CommandTable.standard.commands.flatMap(\.keys).compactMap {
      if case .alt(let letter) = $0 { return letter } else { return nil }
    })

  /// The pasted text up to the closing "Esc [201~" (or until the input pauses).
  private func readPaste() -> String {
    let end: [UInt32] = [27] + Array("[201~".unicodeScalars.map(\.value))
    var scalars: [UInt32] = []
    while let input = nextInput(timeoutMilliseconds: 50) {
      guard case .character(let value) = input else { continue }
      scalars.append(value)
      if scalars.count >= end.count, Array(scalars.suffix(end.count)) == end {
        scalars.removeLast(end.count)
        break
      }
    }
    var text = ""
    for value in scalars {
      if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
    }
    return text.precomposedStringWithCanonicalMapping
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
